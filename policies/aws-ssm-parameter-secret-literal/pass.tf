variable "api_token" {
  type      = string
  sensitive = true
}

resource "random_password" "db" {
  length = 32
}

resource "aws_ssm_parameter" "db_password" {
  name  = "/prod/db/password"
  type  = "SecureString"
  value = random_password.db.result
}

resource "aws_ssm_parameter" "api_token" {
  name  = "/prod/partner/api-token"
  type  = "SecureString"
  value = var.api_token
}

# Created with a placeholder; the secret is set outside Terraform.
resource "aws_ssm_parameter" "slack_token" {
  name  = "/prod/slack/token"
  type  = "SecureString"
  value = "not-a-real-value-yet"

  lifecycle {
    ignore_changes = [value]
  }
}

resource "aws_ssm_parameter" "license_key" {
  name  = "/prod/vendor/secret"
  type  = "SecureString"
  value = "placeholder"
}

resource "aws_ssm_parameter" "endpoint" {
  name  = "/prod/db/endpoint"
  type  = "String"
  value = "db.internal:5432"
}

resource "aws_ssm_parameter" "token_ttl" {
  name           = "/prod/auth/token-ttl"
  type           = "String"
  insecure_value = "3600"
}
