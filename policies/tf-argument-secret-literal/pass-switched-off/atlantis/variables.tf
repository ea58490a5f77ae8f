variable "github_oauth_token" {}
variable "github_webhooks_token" {}
variable "gitlab_token" {}
variable "bitbucket_password" {}
variable "webhook_enabled" {}
