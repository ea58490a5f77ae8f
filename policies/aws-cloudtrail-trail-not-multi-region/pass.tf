resource "aws_cloudtrail" "main" {
  name                  = "main"
  s3_bucket_name        = "acme-trail"
  is_multi_region_trail = true
}
