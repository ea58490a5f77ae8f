resource "aws_cloudtrail" "main" { # expect: tf-cloudtrail-not-kms-encrypted
  name           = "main"
  s3_bucket_name = "acme-trail"
}
