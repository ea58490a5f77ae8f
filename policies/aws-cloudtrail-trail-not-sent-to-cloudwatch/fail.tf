resource "aws_cloudtrail" "main" { # expect: aws-cloudtrail-trail-not-sent-to-cloudwatch "`aws_cloudtrail.main`"
  name                  = "main"
  s3_bucket_name        = "acme-trail"
  is_multi_region_trail = true
}

resource "aws_cloudtrail" "null_group" {
  name                       = "null-group"
  s3_bucket_name             = "acme-trail"
  cloud_watch_logs_group_arn = null # expect: aws-cloudtrail-trail-not-sent-to-cloudwatch
}
