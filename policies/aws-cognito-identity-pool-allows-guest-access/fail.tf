resource "aws_cognito_identity_pool" "guests" {
  identity_pool_name               = "guests"
  allow_unauthenticated_identities = true # expect: aws-cognito-identity-pool-allows-guest-access "`aws_cognito_identity_pool.guests`"
}
