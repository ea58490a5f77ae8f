# param: log_retention_min_days = 90
resource "aws_cloudwatch_log_group" "quarter" {
  name              = "/quarter"
  retention_in_days = 90
}

resource "aws_cloudwatch_log_group" "month" {
  name              = "/month"
  retention_in_days = 30 # expect: aws-cloudwatch-log-group-retention-short "less than 90"
}
