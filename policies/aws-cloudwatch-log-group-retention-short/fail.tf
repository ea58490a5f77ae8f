variable "retention" {
  default = 14
}

resource "aws_cloudwatch_log_group" "app" {
  name              = "/app"
  retention_in_days = var.retention # expect: aws-cloudwatch-log-group-retention-short
}
