# Force pushes are blocked by default.
resource "github_branch_protection" "api_main" {
  repository_id = "api"
  pattern       = "main"
}

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
    non_fast_forward = true
  }
}

# This ruleset lacks `non_fast_forward`, but the classic rule of the same
# repository blocks force pushes.
resource "github_repository_ruleset" "api_reviews" {
  name        = "reviews"
  repository  = "api"
  target      = "branch"
  enforcement = "active"

  rules {
    pull_request {
      required_approving_review_count = 1
    }
  }
}

# A classic rule that allows force pushes, overruled by a ruleset.
resource "github_branch_protection" "docs" {
  repository_id       = "docs"
  pattern             = "main"
  allows_force_pushes = true
}

resource "github_repository_ruleset" "docs" {
  name        = "history"
  repository  = "docs"
  target      = "branch"
  enforcement = "active"

  rules {
    non_fast_forward = true
  }
}
