resource "github_organization_settings" "acme" {
  billing_email                         = "billing@acme.test"
  members_can_fork_private_repositories = true # expect: tf-github-organization-private-forking-allowed
}
