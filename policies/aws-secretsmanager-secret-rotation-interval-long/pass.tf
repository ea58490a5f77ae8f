variable "rotation_days" {
  default = 30
}

resource "aws_secretsmanager_secret_rotation" "db" {
  secret_id           = "db"
  rotation_lambda_arn = aws_lambda_function.rotate.arn
  rotation_rules {
    automatically_after_days = var.rotation_days
  }
}

resource "aws_secretsmanager_secret_rotation" "api" {
  secret_id           = "api"
  rotation_lambda_arn = aws_lambda_function.rotate.arn
  rotation_rules {
    schedule_expression = "rate(7 days)"
    duration            = "3h"
  }
}

resource "aws_secretsmanager_secret_rotation" "weekly" {
  secret_id           = "weekly"
  rotation_lambda_arn = aws_lambda_function.rotate.arn
  rotation_rules {
    schedule_expression = "cron(0 8 ? * MON *)"
  }
}
