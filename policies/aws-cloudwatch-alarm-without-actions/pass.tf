resource "aws_cloudwatch_metric_alarm" "root_login" {
  alarm_name          = "root-login"
  alarm_actions       = [aws_sns_topic.security.arn]
  metric_name         = "RootAccountUsage"
  namespace           = "CloudTrailMetrics"
  statistic           = "Sum"
  period              = 300
  evaluation_periods  = 1
  threshold           = 1
  comparison_operator = "GreaterThanOrEqualToThreshold"
}

resource "aws_cloudwatch_composite_alarm" "service" {
  alarm_name      = "service-down"
  alarm_rule      = "ALARM(${aws_cloudwatch_metric_alarm.root_login.alarm_name})"
  alarm_actions   = [aws_sns_topic.security.arn, "arn:aws:sns:eu-west-1:123456789012:pager"]
  actions_enabled = true
}

# Not an alarm.
resource "aws_cloudwatch_log_metric_filter" "root_login" {
  name           = "root-login"
  pattern        = "{ $.userIdentity.type = \"Root\" }"
  log_group_name = "cloudtrail"
  metric_transformation {
    name      = "RootAccountUsage"
    namespace = "CloudTrailMetrics"
    value     = "1"
  }
}
