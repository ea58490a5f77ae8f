resource "aws_s3_bucket" "trail" { # expect: aws-cloudtrail-bucket-without-object-lock "`aws_s3_bucket.trail`"
  bucket = "acme-trail"
}

resource "aws_cloudtrail" "main" {
  name                  = "main"
  s3_bucket_name        = aws_s3_bucket.trail.id
  is_multi_region_trail = true
}

resource "aws_s3_bucket" "org_trail" {
  bucket              = "acme-org-trail"
  object_lock_enabled = false # expect: aws-cloudtrail-bucket-without-object-lock
}

resource "aws_cloudtrail" "org" {
  name                  = "org"
  s3_bucket_name        = aws_s3_bucket.org_trail.bucket
  is_organization_trail = true
}

# Object Lock on another bucket does not count.
resource "aws_s3_bucket_object_lock_configuration" "other" {
  bucket = aws_s3_bucket.other.id
  rule {
    default_retention {
      mode = "COMPLIANCE"
      days = 365
    }
  }
}

resource "aws_s3_bucket" "other" {
  bucket              = "acme-other"
  object_lock_enabled = true
}
