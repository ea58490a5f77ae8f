resource "aws_s3_bucket" "partial" {
  bucket = "acme-partial"
}

resource "aws_s3_bucket_public_access_block" "partial" {
  bucket                  = aws_s3_bucket.partial.id
  block_public_acls       = true
  block_public_policy     = false # expect: aws-s3-bucket-public-access-not-blocked
  ignore_public_acls      = true
  restrict_public_buckets = true
}
