resource "github_repository" "api" {
  name       = "api"
  visibility = "private"
}

resource "github_branch_protection_v3" "legacy" {
  repository             = "legacy"
  branch                 = "main"
  require_signed_commits = true
}

# The classic rule does not require signatures, a ruleset of the same
# repository does.
resource "github_branch_protection" "api_main" {
  repository_id = github_repository.api.node_id
  pattern       = "main"
}

resource "github_repository_ruleset" "api_signatures" {
  name        = "signatures"
  repository  = github_repository.api.name
  target      = "branch"
  enforcement = "active"

  rules {
    required_signatures = true
  }
}

resource "github_repository_ruleset" "api_history" {
  name        = "history"
  repository  = github_repository.api.name
  target      = "branch"
  enforcement = "active"

  rules {
    non_fast_forward = true
  }
}
