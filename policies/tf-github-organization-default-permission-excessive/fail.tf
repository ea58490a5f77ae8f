resource "github_organization_settings" "acme" {
  billing_email                 = "billing@acme.test"
  default_repository_permission = "write" # expect: tf-github-organization-default-permission-excessive "`write` access"
}

resource "github_organization_settings" "labs" {
  billing_email                 = "billing@labs.test"
  default_repository_permission = "admin" # expect: tf-github-organization-default-permission-excessive "`admin` access"
}

resource "github_organization_member_privileges" "acme" {
  default_repository_permission   = "write" # expect: tf-github-organization-default-permission-excessive "`github_organization_member_privileges.acme`"
  members_can_create_repositories = false
}
