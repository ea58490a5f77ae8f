variable "rotation_days" {
  type = number
}

resource "aws_secretsmanager_secret_rotation" "db" {
  secret_id           = "db"
  rotation_lambda_arn = aws_lambda_function.rotate.arn
  rotation_rules {
    automatically_after_days = var.rotation_days # expect: aws-secretsmanager-secret-rotation-interval-long unknown
  }
}
