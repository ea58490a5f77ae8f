resource "aws_s3_bucket" "data" { # expect: tf-s3-bucket-logging-disabled
  bucket = "acme-data"
}
