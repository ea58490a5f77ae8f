# param: secret_rotation_max_days = 30

resource "aws_secretsmanager_secret_rotation" "db" {
  secret_id           = "db"
  rotation_lambda_arn = aws_lambda_function.rotate.arn
  rotation_rules {
    automatically_after_days = 45 # expect: aws-secretsmanager-secret-rotation-interval-long "every 30 days"
  }
}

resource "aws_secretsmanager_secret_rotation" "api" {
  secret_id           = "api"
  rotation_lambda_arn = aws_lambda_function.rotate.arn
  rotation_rules {
    schedule_expression = "rate(30 days)"
  }
}
