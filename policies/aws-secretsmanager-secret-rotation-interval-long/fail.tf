resource "aws_secretsmanager_secret" "db" {
  name = "db"
}

resource "aws_secretsmanager_secret_rotation" "db" {
  secret_id           = aws_secretsmanager_secret.db.id
  rotation_lambda_arn = aws_lambda_function.rotate.arn
  rotation_rules {
    automatically_after_days = 120 # expect: aws-secretsmanager-secret-rotation-interval-long "`aws_secretsmanager_secret_rotation.db`"
  }
}

resource "aws_secretsmanager_secret_rotation" "api" {
  secret_id           = "api"
  rotation_lambda_arn = aws_lambda_function.rotate.arn
  rotation_rules {
    schedule_expression = "rate(3000 hours)" # expect: aws-secretsmanager-secret-rotation-interval-long "`aws_secretsmanager_secret_rotation.api`"
  }
}

# AWS provider v3: rotation written on the secret.
resource "aws_secretsmanager_secret" "legacy" {
  name                = "legacy"
  rotation_lambda_arn = aws_lambda_function.rotate.arn
  rotation_rules {
    automatically_after_days = 365 # expect: aws-secretsmanager-secret-rotation-interval-long "secret `aws_secretsmanager_secret.legacy`"
  }
}
