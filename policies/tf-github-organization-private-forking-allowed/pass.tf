resource "github_organization_settings" "acme" {
  billing_email                         = "billing@acme.test"
  members_can_fork_private_repositories = false
}

# Unset: the provider applies `false`.
resource "github_organization_settings" "labs" {
  billing_email = "billing@labs.test"
}
