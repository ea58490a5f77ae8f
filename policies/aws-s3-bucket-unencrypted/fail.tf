resource "aws_s3_bucket" "plain" { # expect: aws-s3-bucket-unencrypted
  bucket = "acme-plain"
}

# Encryption for another bucket does not count.
resource "aws_s3_bucket" "other" {
  bucket = "acme-other"
}

resource "aws_s3_bucket_server_side_encryption_configuration" "other" {
  bucket = aws_s3_bucket.other.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
