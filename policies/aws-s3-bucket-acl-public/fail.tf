resource "aws_s3_bucket" "legacy" {
  bucket = "acme-legacy"
  acl    = "public-read" # expect: aws-s3-bucket-acl-public
}

variable "acl" {
  default = "public-read-write"
}

resource "aws_s3_bucket_acl" "site" {
  bucket = "acme-site"
  acl    = var.acl # expect: aws-s3-bucket-acl-public
}
