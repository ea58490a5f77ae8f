resource "aws_s3_bucket" "data" { # expect: aws-s3-bucket-logging-disabled
  bucket = "acme-data"
}

# A bucket policy or an encryption configuration that refers to the bucket
# does not make it a log bucket.
resource "aws_s3_bucket" "reports" { # expect: aws-s3-bucket-logging-disabled "`aws_s3_bucket.reports`"
  bucket = "acme-reports"
}

resource "aws_s3_bucket_acl" "reports" {
  bucket = aws_s3_bucket.reports.id
  acl    = "private"
}

resource "aws_s3_bucket_versioning" "reports" {
  bucket = aws_s3_bucket.reports.id
  versioning_configuration {
    status = "Enabled"
  }
}

# A name that is not known does not make a bucket the target of an inline
# `logging` block whose target is not known either.
variable "prefix" {}

resource "aws_s3_bucket" "uploads" { # expect: aws-s3-bucket-logging-disabled fail "`aws_s3_bucket.uploads`"
  bucket = "${var.prefix}-uploads"
}

resource "aws_s3_bucket" "archive" {
  bucket = "${var.prefix}-archive"
  logging {
    target_bucket = var.log_bucket
  }
}
