resource "aws_cloudtrail" "main" { # expect: aws-cloudtrail-trail-not-multi-region
  name           = "main"
  s3_bucket_name = "acme-trail"
  enable_logging = false # expect: aws-cloudtrail-trail-not-multi-region
}
