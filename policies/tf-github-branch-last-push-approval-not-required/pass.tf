resource "github_branch_protection" "api_main" {
  repository_id = "api"
  pattern       = "main"

  required_pull_request_reviews {
    required_approving_review_count = 1
    require_last_push_approval = true
  }
}

# Asks for no review: left to tf-github-branch-reviews-not-required.
resource "github_branch_protection_v3" "legacy" {
  repository = "legacy"
  branch     = "main"
}

resource "github_repository_ruleset" "web" {
  name        = "main"
  repository  = "web"
  target      = "branch"
  enforcement = "active"

  rules {
    pull_request {
      required_approving_review_count = 1
      require_last_push_approval = true
    }
  }
}

# This ruleset's pull request rule lacks the setting, the classic rule of
# the same repository has it.
resource "github_repository_ruleset" "api_reviews" {
  name        = "reviews"
  repository  = "api"
  target      = "branch"
  enforcement = "active"

  rules {
    pull_request {
      required_approving_review_count = 2
    }
  }
}
