variable "webhook_secret" {
  type      = string
  sensitive = true
}

resource "github_repository_webhook" "ci" {
  repository = "app"
  events     = ["push"]
  configuration {
    url          = "https://ci.example.com/github"
    content_type = "json"
    secret       = var.webhook_secret
  }
}

resource "github_organization_webhook" "chat" {
  events = ["issues"]
  configuration {
    url          = "https://chat.example.com/hooks/github"
    content_type = "json"
    insecure_ssl = false
  }
}
