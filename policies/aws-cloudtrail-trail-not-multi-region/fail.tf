resource "aws_cloudtrail" "main" { # expect: aws-cloudtrail-trail-not-multi-region "records only the region"
  name           = "main"
  s3_bucket_name = "acme-trail"
}

resource "aws_cloudtrail" "no_global" {
  name                          = "no-global"
  s3_bucket_name                = "acme-trail"
  is_multi_region_trail         = "true"
  include_global_service_events = false # expect: aws-cloudtrail-trail-not-multi-region "global service events"
}

resource "aws_cloudtrail" "single" {
  name                  = "single"
  s3_bucket_name        = "acme-trail"
  is_multi_region_trail = false # expect: aws-cloudtrail-trail-not-multi-region
}
