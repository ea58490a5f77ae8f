resource "aws_cloudtrail" "main" { # expect: tf-cloudtrail-not-multi-region
  name           = "main"
  s3_bucket_name = "acme-trail"
  enable_logging = false # expect: tf-cloudtrail-not-multi-region
}
