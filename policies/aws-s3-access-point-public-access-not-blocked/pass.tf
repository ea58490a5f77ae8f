resource "aws_s3_bucket" "data" {
  bucket = "acme-data"
}

# No block: the provider sends true for all four settings.
resource "aws_s3_access_point" "default" {
  bucket = aws_s3_bucket.data.id
  name   = "default"
}

variable "block" {
  type    = bool
  default = true
}

resource "aws_s3_access_point" "blocked" {
  bucket = aws_s3_bucket.data.id
  name   = "blocked"

  public_access_block_configuration {
    block_public_acls       = true
    block_public_policy     = var.block
    ignore_public_acls      = true
    restrict_public_buckets = true
  }

  vpc_configuration {
    vpc_id = "vpc-0123456789abcdef0"
  }
}

resource "aws_s3control_multi_region_access_point" "global" {
  details {
    name = "global"

    region {
      bucket = aws_s3_bucket.data.id
    }
  }
}
