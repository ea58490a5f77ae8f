resource "aws_secretsmanager_secret" "api" { # expect: aws-secretsmanager-secret-rotation-disabled "`aws_secretsmanager_secret.api`"
  name = "api-key"
}
