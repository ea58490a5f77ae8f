resource "github_branch_protection" "api_main" {
  repository_id    = "api"
  pattern          = "main"
  allows_deletions = true # expect: tf-github-branch-deletion-allowed
}

resource "github_organization_ruleset" "baseline" {
  name        = "baseline"
  target      = "branch"
  enforcement = "active"

  conditions {
    ref_name {
      include = ["~DEFAULT_BRANCH"]
      exclude = []
    }
    repository_name {
      include = ["~ALL"]
      exclude = []
    }
  }

  rules { # expect: tf-github-branch-deletion-allowed
    non_fast_forward = true
  }
}
