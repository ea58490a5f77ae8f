resource "aws_s3_bucket" "data" {
  bucket = "acme-data"
}

# The log bucket is the target of the logging resource.
resource "aws_s3_bucket" "logs" {
  bucket = "acme-logs"
}

resource "aws_s3_bucket_logging" "data" {
  bucket        = aws_s3_bucket.data.id
  target_bucket = aws_s3_bucket.logs.id
  target_prefix = "data/"
}

resource "aws_s3_bucket" "legacy" {
  bucket = "acme-legacy"
  logging {
    target_bucket = "acme-logs"
  }
}
