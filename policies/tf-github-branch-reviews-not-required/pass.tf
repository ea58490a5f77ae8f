resource "github_repository" "api" {
  name       = "api"
  visibility = "private"
}

# The block alone asks for one approval (the provider's default).
resource "github_branch_protection" "api_main" {
  repository_id = github_repository.api.node_id
  pattern       = "main"

  required_pull_request_reviews {
    dismiss_stale_reviews = true
  }
}

variable "approvals" {
  type    = number
  default = 2
}

resource "github_branch_protection_v3" "legacy" {
  repository = "legacy"
  branch     = "main"

  required_pull_request_reviews {
    required_approving_review_count = var.approvals
  }
}

resource "github_repository" "web" {
  name       = "web"
  visibility = "private"
}

# One ruleset asks for the review; the other, on the same repository,
# only blocks force pushes. GitHub applies both.
resource "github_repository_ruleset" "web_reviews" {
  name        = "reviews"
  repository  = github_repository.web.name
  target      = "branch"
  enforcement = "active"

  rules {
    pull_request {
      required_approving_review_count = 1
    }
  }
}

resource "github_repository_ruleset" "web_history" {
  name        = "history"
  repository  = github_repository.web.name
  target      = "branch"
  enforcement = "active"

  rules {
    non_fast_forward = true
  }
}

# A ruleset that only reports is not checked.
resource "github_repository_ruleset" "trial" {
  name        = "trial"
  repository  = "sandbox"
  target      = "branch"
  enforcement = "evaluate"

  rules {
    deletion = true
  }
}
