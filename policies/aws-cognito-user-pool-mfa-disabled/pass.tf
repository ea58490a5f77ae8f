variable "mfa" {
  default = "ON"
}

resource "aws_cognito_user_pool" "required" {
  name              = "staff"
  mfa_configuration = var.mfa

  software_token_mfa_configuration {
    enabled = true
  }
}

resource "aws_cognito_user_pool" "optional" {
  name              = "customers"
  mfa_configuration = "OPTIONAL"

  software_token_mfa_configuration {
    enabled = true
  }
}
