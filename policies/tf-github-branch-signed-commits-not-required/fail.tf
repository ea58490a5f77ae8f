resource "github_repository" "api" {
  name       = "api"
  visibility = "private"
}

resource "github_branch_protection" "api_main" {
  repository_id          = github_repository.api.node_id
  pattern                = "main"
  require_signed_commits = false # expect: tf-github-branch-signed-commits-not-required
}

# The repository's rulesets, taken together, do not require signatures.
resource "github_repository_ruleset" "api_history" {
  name        = "history"
  repository  = github_repository.api.name
  target      = "branch"
  enforcement = "active"

  rules { # expect: tf-github-branch-signed-commits-not-required
    non_fast_forward = true
  }
}

# An organization ruleset is checked on its own; it does not stand in for
# the first ruleset of a repository.
resource "github_organization_ruleset" "baseline" {
  name        = "baseline"
  target      = "branch"
  enforcement = "active"

  rules { # expect: tf-github-branch-signed-commits-not-required
    deletion = true
  }
}

resource "github_repository_ruleset" "web" {
  name        = "main"
  repository  = "web"
  target      = "branch"
  enforcement = "active"

  rules { # expect: tf-github-branch-signed-commits-not-required
    non_fast_forward = true
  }
}
