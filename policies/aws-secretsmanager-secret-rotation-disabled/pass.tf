resource "aws_secretsmanager_secret" "db" {
  name       = "db-credentials"
  kms_key_id = aws_kms_key.secrets.arn
}

resource "aws_secretsmanager_secret_rotation" "db" {
  secret_id           = aws_secretsmanager_secret.db.id
  rotation_lambda_arn = aws_lambda_function.rotate.arn
  rotation_rules {
    automatically_after_days = 30
  }
}

# AWS provider before v4: rotation configured on the secret.
resource "aws_secretsmanager_secret" "legacy" {
  name                = "legacy"
  rotation_lambda_arn = aws_lambda_function.rotate.arn
  rotation_rules {
    automatically_after_days = 30
  }
}

resource "aws_kms_key" "secrets" {
  enable_key_rotation = true
}
