resource "aws_s3_bucket" "trail" {
  bucket              = "acme-trail"
  object_lock_enabled = true
}

resource "aws_s3_bucket_object_lock_configuration" "trail" {
  bucket = aws_s3_bucket.trail.id
  rule {
    default_retention {
      mode = "COMPLIANCE"
      days = 365
    }
  }
}

resource "aws_cloudtrail" "main" {
  name                  = "main"
  s3_bucket_name        = aws_s3_bucket.trail.id
  is_multi_region_trail = true
}

# AWS provider v3.
resource "aws_s3_bucket" "legacy" {
  bucket = "acme-legacy-trail"
  object_lock_configuration {
    object_lock_enabled = "Enabled"
  }
}

resource "aws_cloudtrail" "legacy" {
  name           = "legacy"
  s3_bucket_name = aws_s3_bucket.legacy.id
}

# Object Lock enabled on an existing bucket through the separate resource.
resource "aws_s3_bucket" "existing" {
  bucket = "acme-existing-trail"
}

resource "aws_s3_bucket_object_lock_configuration" "existing" {
  bucket              = aws_s3_bucket.existing.id
  object_lock_enabled = "Enabled"
  rule {
    default_retention {
      mode  = "GOVERNANCE"
      years = 1
    }
  }
}

resource "aws_cloudtrail" "existing" {
  name           = "existing"
  s3_bucket_name = aws_s3_bucket.existing.id
}

# A bucket no trail writes to.
resource "aws_s3_bucket" "assets" {
  bucket = "acme-assets"
}
