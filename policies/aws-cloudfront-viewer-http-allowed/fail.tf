resource "aws_cloudfront_distribution" "site" {
  enabled = true
  origin {
    domain_name = "site.s3.amazonaws.com"
    origin_id   = "site"
  }
  default_cache_behavior {
    target_origin_id       = "site"
    viewer_protocol_policy = "allow-all" # expect: aws-cloudfront-viewer-http-allowed "default cache behaviour"
    allowed_methods        = ["GET", "HEAD"]
    cached_methods         = ["GET", "HEAD"]
  }
  ordered_cache_behavior {
    path_pattern           = "/api/*"
    target_origin_id       = "site"
    viewer_protocol_policy = "https-only"
    allowed_methods        = ["GET", "HEAD"]
    cached_methods         = ["GET", "HEAD"]
  }
  ordered_cache_behavior {
    path_pattern           = "/static/*"
    target_origin_id       = "site"
    viewer_protocol_policy = "allow-all" # expect: aws-cloudfront-viewer-http-allowed "`/static/*`"
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
