# A team that asks for two approvals sets `required_approvals_min`.
# param: required_approvals_min = 2

resource "github_repository" "api" {
  name       = "api"
  visibility = "private"
}

resource "github_branch_protection" "api_main" {
  repository_id = github_repository.api.node_id
  pattern       = "main"

  required_pull_request_reviews { # expect: tf-github-branch-reviews-not-required
    dismiss_stale_reviews = true
  }
}

resource "github_repository" "web" {
  name       = "web"
  visibility = "private"
}

resource "github_branch_protection" "web_main" {
  repository_id = github_repository.web.node_id
  pattern       = "main"

  required_pull_request_reviews {
    required_approving_review_count = 2
  }
}
