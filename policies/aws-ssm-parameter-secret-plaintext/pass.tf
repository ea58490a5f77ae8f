resource "random_password" "db" {
  length = 32
}

resource "aws_ssm_parameter" "db_password" {
  name  = "/prod/db/password"
  type  = "SecureString"
  value = random_password.db.result
}

resource "aws_secretsmanager_secret" "partner" {
  name = "prod/partner"
}

# The parameter names where the secret is.
resource "aws_ssm_parameter" "partner_secret" {
  name  = "/prod/partner/secret"
  type  = "String"
  value = aws_secretsmanager_secret.partner.arn
}

resource "aws_ssm_parameter" "password_length" {
  name  = "/prod/db/password-length"
  type  = "String"
  value = random_password.db.length
}

resource "aws_ssm_parameter" "endpoint" {
  name  = "/prod/db/endpoint"
  type  = "String"
  value = "db.internal:5432"
}

resource "aws_ssm_parameter" "secret_arn_literal" {
  name  = "/prod/vendor/secret"
  type  = "String"
  value = "arn:aws:secretsmanager:eu-west-1:123456789012:secret:prod/vendor-AbCdEf"
}
