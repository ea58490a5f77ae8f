resource "aws_cognito_user_pool" "default" { # expect: aws-cognito-user-pool-mfa-disabled "`aws_cognito_user_pool.default`"
  name = "customers"
}

resource "aws_cognito_user_pool" "off" {
  name              = "staff"
  mfa_configuration = "OFF" # expect: aws-cognito-user-pool-mfa-disabled
}
