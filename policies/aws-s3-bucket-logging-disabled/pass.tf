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

# The legacy bucket's inline block names this one.
resource "aws_s3_bucket" "legacy_logs" {
  bucket = "acme-logs"
}

# Buckets that receive the logs of other services.
resource "aws_s3_bucket" "trail" {
  bucket = "acme-trail"
}

resource "aws_cloudtrail" "main" {
  name           = "main"
  s3_bucket_name = aws_s3_bucket.trail.id
}

resource "aws_s3_bucket" "flows" {
  bucket = "acme-flows"
}

resource "aws_flow_log" "vpc" {
  vpc_id               = aws_vpc.main.id
  traffic_type         = "ALL"
  log_destination_type = "s3"
  log_destination      = aws_s3_bucket.flows.arn
}

resource "aws_s3_bucket" "config" {
  bucket = "acme-config"
}

resource "aws_config_delivery_channel" "main" {
  s3_bucket_name = aws_s3_bucket.config.bucket
}

resource "aws_s3_bucket" "alb_logs" {
  bucket = "acme-alb-logs"
}

resource "aws_lb" "web" {
  access_logs {
    bucket  = aws_s3_bucket.alb_logs.id
    enabled = true
  }
}

resource "aws_s3_bucket" "delivery" {
  bucket = "acme-delivery"
}

resource "aws_s3_bucket_acl" "delivery" {
  bucket = aws_s3_bucket.delivery.id
  acl    = "log-delivery-write"
}
