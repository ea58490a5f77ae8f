variable "retention" {
  default = 14
}

resource "aws_cloudwatch_log_group" "app" {
  name              = "/app"
  retention_in_days = var.retention # expect: tf-cloudwatch-log-group-retention-short
}
