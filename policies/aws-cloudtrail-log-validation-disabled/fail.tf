resource "aws_cloudtrail" "main" { # expect: aws-cloudtrail-log-validation-disabled
  name           = "main"
  s3_bucket_name = "acme-trail"
}
