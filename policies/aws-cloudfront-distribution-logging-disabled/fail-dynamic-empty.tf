# A module that writes `logging_config` as a `dynamic` block whose
# `for_each` is empty by default (terraform-aws-modules/cloudfront): no
# block is created, so the distribution does not log.
variable "logging_config" {
  type = object({
    bucket = string
    prefix = optional(string)
  })
  default = null
}

# expect: aws-cloudfront-distribution-logging-disabled "`aws_cloudfront_distribution.this`"
resource "aws_cloudfront_distribution" "this" {
  enabled = true

  dynamic "logging_config" {
    for_each = var.logging_config != null ? [var.logging_config] : []

    content {
      bucket = logging_config.value.bucket
      prefix = logging_config.value.prefix
    }
  }

  default_cache_behavior {
    target_origin_id       = "site"
    viewer_protocol_policy = "redirect-to-https"
    allowed_methods        = ["GET", "HEAD"]
    cached_methods         = ["GET", "HEAD"]
  }
}
