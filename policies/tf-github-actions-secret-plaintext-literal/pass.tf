variable "deploy_token" {
  type      = string
  sensitive = true
}

resource "github_actions_secret" "deploy" {
  repository      = "app"
  secret_name     = "DEPLOY_TOKEN"
  plaintext_value = var.deploy_token
}

data "google_secret_manager_secret_version" "npm" {
  secret = "npm-token"
}

resource "github_actions_environment_secret" "npm" {
  repository      = "app"
  environment     = "production"
  secret_name     = "NPM_TOKEN"
  plaintext_value = data.google_secret_manager_secret_version.npm.secret_data
}

resource "github_actions_secret" "sealed" {
  repository      = "app"
  secret_name     = "SIGNING_KEY"
  encrypted_value = "c2VhbGVkIHdpdGggdGhlIHJlcG9zaXRvcnkgcHVibGljIGtleQ=="
}
