variable "mfa_configuration" {
  type = string
}

resource "aws_cognito_user_pool" "module_input" {
  name              = "users"
  mfa_configuration = var.mfa_configuration # expect: aws-cognito-user-pool-mfa-disabled unknown
}
