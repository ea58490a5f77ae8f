resource "github_branch_protection" "api_main" {
  repository_id = "api"
  pattern       = "main"

  required_pull_request_reviews { # expect: tf-github-branch-last-push-approval-not-required
    required_approving_review_count = 1
  }
}

resource "github_branch_protection_v3" "legacy" {
  repository = "legacy"
  branch     = "main"

  required_pull_request_reviews {
    required_approving_review_count = 2
    require_last_push_approval = false # expect: tf-github-branch-last-push-approval-not-required
  }
}

resource "github_repository_ruleset" "web" {
  name        = "main"
  repository  = "web"
  target      = "branch"
  enforcement = "active"

  rules {
    pull_request { # expect: tf-github-branch-last-push-approval-not-required
      required_approving_review_count = 1
    }
  }
}
