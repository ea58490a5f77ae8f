resource "aws_kms_key" "data" { # expect: aws-kms-key-rotation-disabled
  description = "data"
}
