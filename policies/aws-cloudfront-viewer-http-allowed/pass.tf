locals {
  behaviours = {
    "/api/*"    = "https-only"
    "/static/*" = "redirect-to-https"
  }
}

resource "aws_cloudfront_distribution" "site" {
  enabled = true
  origin {
    domain_name = "site.s3.amazonaws.com"
    origin_id   = "site"
  }
  default_cache_behavior {
    target_origin_id       = "site"
    viewer_protocol_policy = "redirect-to-https"
    allowed_methods        = ["GET", "HEAD"]
    cached_methods         = ["GET", "HEAD"]
  }
  dynamic "ordered_cache_behavior" {
    for_each = local.behaviours
    content {
      path_pattern           = ordered_cache_behavior.key
      target_origin_id       = "site"
      viewer_protocol_policy = ordered_cache_behavior.value
      allowed_methods        = ["GET", "HEAD"]
      cached_methods         = ["GET", "HEAD"]
    }
  }
  restrictions {
    geo_restriction {
      restriction_type = "none"
    }
  }
  viewer_certificate {
    cloudfront_default_certificate = true
  }
}
