# The account trail records every region; the regional trail beside it only
# adds data events for one region's buckets.
resource "aws_cloudtrail" "account" {
  name                  = "account-activity"
  s3_bucket_name        = "acme-audit-trail"
  is_multi_region_trail = true
}

resource "aws_cloudtrail" "bucket_reads" {
  name                  = "eu-bucket-reads"
  s3_bucket_name        = "acme-audit-trail"
  is_multi_region_trail = false

  event_selector {
    read_write_type           = "ReadOnly"
    include_management_events = false
    data_resource {
      type   = "AWS::S3::Object"
      values = ["arn:aws:s3:::acme-invoices/"]
    }
  }
}
