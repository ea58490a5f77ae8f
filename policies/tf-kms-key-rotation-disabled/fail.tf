resource "aws_kms_key" "data" { # expect: tf-kms-key-rotation-disabled
  description = "data"
}
