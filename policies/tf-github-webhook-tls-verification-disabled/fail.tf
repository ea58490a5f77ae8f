resource "github_repository_webhook" "ci" {
  repository = "app"
  events     = ["push", "pull_request"]
  configuration {
    url          = "https://ci.example.com/github"
    content_type = "json"
    insecure_ssl = true # expect: tf-github-webhook-tls-verification-disabled "webhook `github_repository_webhook.ci` delivers without verifying"
  }
}

resource "github_organization_webhook" "chat" {
  events = ["issues"]
  configuration {
    url          = "http://chat.example.com/hooks/github" # expect: tf-github-webhook-tls-verification-disabled "plain HTTP"
    content_type = "form"
  }
}
