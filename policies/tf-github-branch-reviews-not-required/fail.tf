resource "github_repository" "api" {
  name       = "api"
  visibility = "private"
}

# A rule that blocks force pushes but asks for no review.
resource "github_branch_protection" "api_main" { # expect: tf-github-branch-reviews-not-required
  repository_id  = github_repository.api.node_id
  pattern        = "main"
  enforce_admins = true
}

resource "github_branch_protection_v3" "legacy" {
  repository = "legacy"
  branch     = "main"

  required_pull_request_reviews {
    required_approving_review_count = 0 # expect: tf-github-branch-reviews-not-required
  }
}

resource "github_repository" "web" {
  name       = "web"
  visibility = "private"
}

# A pull request is required, but the rule's count defaults to 0.
resource "github_repository_ruleset" "web" {
  name        = "main"
  repository  = github_repository.web.name
  target      = "branch"
  enforcement = "active"

  conditions {
    ref_name {
      include = ["~DEFAULT_BRANCH"]
      exclude = []
    }
  }

  rules {
    non_fast_forward = true
    pull_request { # expect: tf-github-branch-reviews-not-required
      dismiss_stale_reviews_on_push = true
    }
  }
}

variable "approvals" {
  type = number
}

resource "github_branch_protection" "unknown" {
  repository_id = "tools"
  pattern       = "main"

  required_pull_request_reviews {
    required_approving_review_count = var.approvals # expect: tf-github-branch-reviews-not-required unknown
  }
}

# Two rulesets of one repository, neither asking for a review: reported
# once, at the first.
resource "github_repository_ruleset" "docs_history" {
  name        = "history"
  repository  = "docs"
  target      = "branch"
  enforcement = "active"

  rules { # expect: tf-github-branch-reviews-not-required
    non_fast_forward = true
  }
}

resource "github_repository_ruleset" "docs_checks" {
  name        = "checks"
  repository  = "docs"
  target      = "branch"
  enforcement = "active"

  rules {
    required_status_checks {
      required_check {
        context = "build"
      }
    }
  }
}
