resource "github_actions_secret" "deploy" {
  repository      = "app"
  secret_name     = "DEPLOY_TOKEN"
  plaintext_value = "ghp_4f9c1e2b7a6d5c3e8f0a1b2c3d4e5f6a7b8c9d0e" # expect: tf-github-actions-secret-plaintext-literal "secret `github_actions_secret.deploy` has its value written in the code"
}

variable "npm_token" {
  type    = string
  default = "npm_Xb7Tq2LkR9sVwY3zPq8mN1cD5fG6hJ4kL0aS"
}

resource "github_actions_organization_secret" "npm" {
  secret_name     = "NPM_TOKEN"
  visibility      = "private"
  plaintext_value = var.npm_token # expect: tf-github-actions-secret-plaintext-literal
}

resource "github_dependabot_secret" "registry" {
  repository      = "app"
  secret_name     = "REGISTRY_PASSWORD"
  plaintext_value = "s3cr3t-Registry-Pass" # expect: tf-github-actions-secret-plaintext-literal
}
