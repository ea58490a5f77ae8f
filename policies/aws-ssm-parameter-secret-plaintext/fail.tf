resource "random_password" "db" {
  length = 32
}

resource "aws_ssm_parameter" "db_password" {
  name  = "/prod/db/password"
  type  = "String" # expect: aws-ssm-parameter-secret-plaintext "`aws_ssm_parameter.db_password`"
  value = random_password.db.result
}

variable "webhook_token" {
  type      = string
  sensitive = true
}

resource "aws_ssm_parameter" "webhook" {
  name  = "/prod/ci/webhookToken"
  type  = "String" # expect: aws-ssm-parameter-secret-plaintext
  value = var.webhook_token
}
