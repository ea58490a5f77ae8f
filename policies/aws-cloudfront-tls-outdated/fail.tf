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
    minimum_protocol_version = "TLSv1.1_2016" # expect: aws-cloudfront-tls-outdated "`TLSv1.1_2016`"
  }
}

resource "aws_cloudfront_distribution" "legacy" {
  enabled = true
  aliases = ["old.example.com"]
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
  # expect: aws-cloudfront-tls-outdated "`TLSv1`"
  viewer_certificate {
    iam_certificate_id = "ASCAEXAMPLE"
    ssl_support_method = "sni-only"
  }
}
