variable "alarm_topics" {
  type = list(string)
}

resource "aws_cloudwatch_metric_alarm" "errors" {
  alarm_name          = "errors"
  alarm_actions       = var.alarm_topics # expect: aws-cloudwatch-alarm-without-actions unknown
  metric_name         = "Errors"
  namespace           = "AWS/Lambda"
  statistic           = "Sum"
  period              = 300
  evaluation_periods  = 1
  threshold           = 1
  comparison_operator = "GreaterThanOrEqualToThreshold"
}
