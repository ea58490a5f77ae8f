variable "allow_guests" {
  default = false
}

resource "aws_cognito_identity_pool" "users" {
  identity_pool_name               = "users"
  allow_unauthenticated_identities = var.allow_guests

  cognito_identity_providers {
    client_id     = aws_cognito_user_pool_client.app.id
    provider_name = aws_cognito_user_pool.users.endpoint
  }
}

resource "aws_cognito_identity_pool" "default" {
  identity_pool_name = "default"
}
