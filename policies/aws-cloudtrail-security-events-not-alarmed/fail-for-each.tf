# One filter and one alarm per entry of a map: `for_each` is expanded, so
# the root-usage and trail-change events are watched and the others are not.
resource "aws_cloudwatch_log_group" "trail" {
  name = "cloudtrail"
}

resource "aws_cloudtrail" "main" { # expect: aws-cloudtrail-security-events-not-alarmed "unauthorized-api-calls, console-login-without-mfa, iam-policy-changes"
  name                       = "main"
  s3_bucket_name             = "acme-trail"
  cloud_watch_logs_group_arn = "${aws_cloudwatch_log_group.trail.arn}:*"
  cloud_watch_logs_role_arn  = "arn:aws:iam::111122223333:role/trail"
}

locals {
  cis = {
    root  = { metric = "RootAccountUsage", pattern = "{ $.userIdentity.type = \"Root\" && $.userIdentity.invokedBy NOT EXISTS && $.eventType != \"AwsServiceEvent\" }" }
    trail = { metric = "CloudTrailConfigChanges", pattern = "{ ($.eventName = CreateTrail) || ($.eventName = UpdateTrail) || ($.eventName = DeleteTrail) || ($.eventName = StartLogging) || ($.eventName = StopLogging) }" }
  }
}

resource "aws_cloudwatch_log_metric_filter" "cis" {
  for_each       = local.cis
  name           = each.key
  log_group_name = aws_cloudwatch_log_group.trail.name
  pattern        = each.value.pattern
  metric_transformation {
    name      = each.value.metric
    namespace = "CISBenchmark"
    value     = "1"
  }
}

resource "aws_cloudwatch_metric_alarm" "cis" {
  for_each            = local.cis
  alarm_name          = each.key
  metric_name         = aws_cloudwatch_log_metric_filter.cis[each.key].metric_transformation[0].name
  namespace           = "CISBenchmark"
  statistic           = "Sum"
  period              = 300
  evaluation_periods  = 1
  threshold           = 1
  comparison_operator = "GreaterThanOrEqualToThreshold"
  alarm_actions       = ["arn:aws:sns:eu-west-1:111122223333:security"]
}
