resource "github_branch_protection" "api_main" { # expect: tf-github-branch-status-checks-not-required
  repository_id = "api"
  pattern       = "main"

  required_pull_request_reviews {
    required_approving_review_count = 1
  }
}

resource "github_branch_protection_v3" "legacy" {
  repository = "legacy"
  branch     = "main"

  required_status_checks { # expect: tf-github-branch-status-checks-not-required
    strict = true
  }
}

resource "github_repository_ruleset" "web" {
  name        = "main"
  repository  = "web"
  target      = "branch"
  enforcement = "active"

  rules { # expect: tf-github-branch-status-checks-not-required
    pull_request {
      required_approving_review_count = 1
    }
  }
}
