resource "aws_cloudwatch_log_group" "app" { # expect: aws-cloudwatch-log-group-unencrypted
  name              = "/app/web"
  retention_in_days = 365
}

variable "log_key" {
  type    = string
  default = null
}

resource "aws_cloudwatch_log_group" "optional_key" {
  name       = "/app/worker"
  kms_key_id = var.log_key # expect: aws-cloudwatch-log-group-unencrypted "`aws_cloudwatch_log_group.optional_key`"
}
