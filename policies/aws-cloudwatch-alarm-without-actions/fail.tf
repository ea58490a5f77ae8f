resource "aws_cloudwatch_metric_alarm" "root_login" { # expect: aws-cloudwatch-alarm-without-actions "nobody is notified"
  alarm_name          = "root-login"
  metric_name         = "RootAccountUsage"
  namespace           = "CloudTrailMetrics"
  statistic           = "Sum"
  period              = 300
  evaluation_periods  = 1
  threshold           = 1
  comparison_operator = "GreaterThanOrEqualToThreshold"
}

resource "aws_cloudwatch_metric_alarm" "muted" {
  alarm_name          = "muted"
  alarm_actions       = [aws_sns_topic.security.arn]
  actions_enabled     = false # expect: aws-cloudwatch-alarm-without-actions "turned off"
  metric_name         = "UnauthorizedAttemptCount"
  namespace           = "CloudTrailMetrics"
  statistic           = "Sum"
  period              = 300
  evaluation_periods  = 1
  threshold           = 1
  comparison_operator = "GreaterThanOrEqualToThreshold"
}

resource "aws_cloudwatch_composite_alarm" "service" {
  alarm_name    = "service-down"
  alarm_rule    = "ALARM(${aws_cloudwatch_metric_alarm.muted.alarm_name})"
  alarm_actions = [] # expect: aws-cloudwatch-alarm-without-actions "`aws_cloudwatch_composite_alarm.service`"
}
