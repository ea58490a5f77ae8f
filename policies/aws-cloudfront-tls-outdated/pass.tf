variable "min_tls" {
  type    = string
  default = "TLSv1.2_2021"
}

resource "aws_cloudfront_distribution" "site" {
  enabled = true
  aliases = ["www.example.com"]
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
  restrictions {
    geo_restriction {
      restriction_type = "none"
    }
  }
  viewer_certificate {
    acm_certificate_arn      = "arn:aws:acm:us-east-1:123456789012:certificate/abc"
    ssl_support_method       = "sni-only"
    minimum_protocol_version = var.min_tls
  }
}

# The default certificate: the minimum version cannot be chosen.
resource "aws_cloudfront_distribution" "default_cert" {
  enabled = true
  origin {
    domain_name = "site.s3.amazonaws.com"
    origin_id   = "site"
  }
  default_cache_behavior {
    target_origin_id       = "site"
    viewer_protocol_policy = "https-only"
    allowed_methods        = ["GET", "HEAD"]
    cached_methods         = ["GET", "HEAD"]
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
