variable "repository" {
  type = string
}

# The rule names a repository attest cannot know: maybe this one.
resource "github_repository" "tools" { # expect: tf-github-repository-without-branch-protection unknown
  name       = "tools"
  visibility = "private"
}

resource "github_branch_protection_v3" "some" {
  repository = var.repository
  branch     = "main"
}
