variable "block" {
  type    = bool
  default = true
}

resource "aws_s3_bucket" "data" {
  bucket = "acme-data"
}

resource "aws_s3_bucket_public_access_block" "data" {
  bucket                  = aws_s3_bucket.data.id
  block_public_acls       = var.block
  block_public_policy     = var.block
  ignore_public_acls      = true
  restrict_public_buckets = true
}

# No public access block: the S3 default (all four settings on) applies.
resource "aws_s3_bucket" "defaults" {
  bucket = "acme-defaults"
}
