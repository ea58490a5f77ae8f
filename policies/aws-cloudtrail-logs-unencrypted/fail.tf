resource "aws_cloudtrail" "main" { # expect: aws-cloudtrail-logs-unencrypted
  name           = "main"
  s3_bucket_name = "acme-trail"
}
