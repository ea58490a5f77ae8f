# expect: aws-s3-bucket-confidential-without-expiration "`aws_s3_bucket.customers`"
resource "aws_s3_bucket" "customers" {
  bucket = "acme-customers"
  tags = {
    DataClassification = "PII"
  }
}

# The lifecycle configuration only moves objects to Glacier.
# expect: aws-s3-bucket-confidential-without-expiration "`aws_s3_bucket.exports`"
resource "aws_s3_bucket" "exports" {
  bucket = "acme-exports"
  tags = {
    "data-classification" = "confidential"
  }
}

resource "aws_s3_bucket_lifecycle_configuration" "exports" {
  bucket = aws_s3_bucket.exports.id
  rule {
    id     = "archive"
    status = "Enabled"
    transition {
      days          = 30
      storage_class = "GLACIER"
    }
  }
  # A disabled rule does not expire anything.
  rule {
    id     = "expire"
    status = "Disabled"
    expiration {
      days = 365
    }
  }
}

# AWS provider v3: the inline rule is disabled.
resource "aws_s3_bucket" "legacy" {
  bucket = "acme-legacy"
  tags = {
    Sensitivity = "Restricted"
  }
  lifecycle_rule { # expect: aws-s3-bucket-confidential-without-expiration "`aws_s3_bucket.legacy`"
    enabled = false
    expiration {
      days = 90
    }
  }
}
