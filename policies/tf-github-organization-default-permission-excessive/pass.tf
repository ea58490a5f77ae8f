resource "github_organization_settings" "acme" {
  billing_email                 = "billing@acme.test"
  default_repository_permission = "read"
}

resource "github_organization_settings" "labs" {
  billing_email                 = "billing@labs.test"
  default_repository_permission = "none"
}

# Unset: the provider applies "read".
resource "github_organization_settings" "sandbox" {
  billing_email = "billing@sandbox.test"
}

resource "github_organization_member_privileges" "acme" {
  default_repository_permission   = "none"
  members_can_create_repositories = false
}

resource "github_organization_member_privileges" "labs" {
  members_can_create_repositories = false
}

resource "github_organization_webhook" "chat" {
  events = ["issues"]
  configuration {
    url          = "https://chat.example.com/hooks/github"
    content_type = "json"
  }
}
