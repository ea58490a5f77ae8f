resource "aws_kms_key" "logs" {
  enable_key_rotation = true
}

resource "aws_cloudwatch_log_group" "app" {
  name              = "/app/web"
  retention_in_days = 365
  kms_key_id        = aws_kms_key.logs.arn
}

variable "log_key_arn" {
  type = string
}

resource "aws_cloudwatch_log_group" "from_caller" {
  name       = "/app/worker"
  kms_key_id = var.log_key_arn
}
