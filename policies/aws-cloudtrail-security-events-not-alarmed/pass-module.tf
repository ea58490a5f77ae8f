# The alarms come from a module: attest cannot see them, so the trail is skipped.
resource "aws_cloudwatch_log_group" "trail" {
  name = "cloudtrail"
}

resource "aws_cloudtrail" "main" {
  name                       = "main"
  s3_bucket_name             = "acme-trail"
  cloud_watch_logs_group_arn = "${aws_cloudwatch_log_group.trail.arn}:*"
  cloud_watch_logs_role_arn  = "arn:aws:iam::111122223333:role/trail"
}

module "cis_alarms" {
  source         = "terraform-aws-modules/cloudwatch/aws//modules/cis-alarms"
  version        = "~> 5.0"
  log_group_name = aws_cloudwatch_log_group.trail.name
  alarm_actions  = ["arn:aws:sns:eu-west-1:111122223333:security"]
}

# A trail that only writes to S3 has nothing to filter (another policy asks
# for CloudWatch Logs delivery).
resource "aws_cloudtrail" "s3_only" {
  name           = "s3-only"
  s3_bucket_name = "acme-trail"
}
