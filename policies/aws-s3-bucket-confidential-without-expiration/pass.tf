resource "aws_s3_bucket" "customers" {
  bucket = "acme-customers"
  tags = {
    DataClassification = "PII"
  }
}

resource "aws_s3_bucket_lifecycle_configuration" "customers" {
  bucket = aws_s3_bucket.customers.id
  rule {
    id     = "expire"
    status = "Enabled"
    expiration {
      days = 730
    }
    noncurrent_version_expiration {
      noncurrent_days = 30
    }
  }
}

# AWS provider v3: an inline rule.
resource "aws_s3_bucket" "legacy" {
  bucket = "acme-legacy"
  tags = {
    Classification = "confidential"
  }
  lifecycle_rule {
    enabled = true
    expiration {
      date = "2030-01-01"
    }
  }
}

# Not classified: not checked.
resource "aws_s3_bucket" "assets" {
  bucket = "acme-assets"
  tags = {
    DataClassification = "public"
    Team               = "web"
  }
}

resource "aws_s3_bucket" "untagged" {
  bucket = "acme-untagged"
}
