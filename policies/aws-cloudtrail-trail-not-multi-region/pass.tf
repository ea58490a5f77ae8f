resource "aws_cloudtrail" "main" {
  name                  = "main"
  s3_bucket_name        = "acme-trail"
  is_multi_region_trail = true
}

# Logging turned off is another policy's finding.
resource "aws_cloudtrail" "stopped" {
  name                          = "stopped"
  s3_bucket_name                = "acme-trail"
  is_multi_region_trail         = true
  include_global_service_events = true
  enable_logging                = false
}
