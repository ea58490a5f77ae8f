variable "restrict" {
  type = bool
}

resource "aws_s3_access_point" "deferred" {
  bucket = "acme-data"
  name   = "deferred"

  public_access_block_configuration {
    restrict_public_buckets = var.restrict # expect: aws-s3-access-point-public-access-not-blocked unknown
  }
}
