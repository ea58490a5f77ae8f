resource "aws_s3_bucket" "none" { # expect: aws-s3-bucket-versioning-disabled
  bucket = "acme-none"
}

resource "aws_s3_bucket" "legacy" {
  bucket = "acme-legacy"
  versioning { # expect: aws-s3-bucket-versioning-disabled
    enabled = false
  }
}

resource "aws_s3_bucket" "suspended" {
  bucket = "acme-suspended"
}

resource "aws_s3_bucket_versioning" "suspended" {
  bucket = aws_s3_bucket.suspended.id
  versioning_configuration {
    status = "Suspended" # expect: aws-s3-bucket-versioning-disabled
  }
}
