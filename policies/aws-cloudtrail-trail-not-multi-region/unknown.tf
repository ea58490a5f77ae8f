variable "multi_region" {
  type = bool
}

resource "aws_cloudtrail" "main" {
  name                  = "main"
  s3_bucket_name        = "acme-trail"
  is_multi_region_trail = var.multi_region # expect: aws-cloudtrail-trail-not-multi-region unknown
}
