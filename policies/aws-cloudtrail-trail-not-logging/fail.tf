resource "aws_cloudtrail" "main" {
  name                  = "main"
  s3_bucket_name        = "acme-trail"
  is_multi_region_trail = true
  enable_logging        = false # expect: aws-cloudtrail-trail-not-logging "`aws_cloudtrail.main`"
}

resource "aws_cloudtrail" "string" {
  name           = "string"
  s3_bucket_name = "acme-trail"
  enable_logging = "false" # expect: aws-cloudtrail-trail-not-logging
}
