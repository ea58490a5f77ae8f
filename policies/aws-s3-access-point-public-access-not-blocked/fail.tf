resource "aws_s3_bucket" "data" {
  bucket = "acme-data"
}

resource "aws_s3_access_point" "public" {
  bucket = aws_s3_bucket.data.id
  name   = "public"

  public_access_block_configuration {
    block_public_acls       = true
    block_public_policy     = false # expect: aws-s3-access-point-public-access-not-blocked "`block_public_policy`"
    ignore_public_acls      = true
    restrict_public_buckets = false # expect: aws-s3-access-point-public-access-not-blocked "`restrict_public_buckets`"
  }
}

variable "restrict" {
  type    = bool
  default = false
}

resource "aws_s3_access_point" "from_variable" {
  bucket = aws_s3_bucket.data.id
  name   = "from-variable"

  public_access_block_configuration {
    restrict_public_buckets = var.restrict # expect: aws-s3-access-point-public-access-not-blocked "`aws_s3_access_point.from_variable`"
  }
}

resource "aws_s3control_multi_region_access_point" "global" {
  details {
    name = "global"

    public_access_block {
      block_public_policy = false # expect: aws-s3-access-point-public-access-not-blocked "Multi-Region"
    }

    region {
      bucket = aws_s3_bucket.data.id
    }
  }
}
