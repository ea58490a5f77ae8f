resource "github_repository" "api" {
  name       = "api"
  visibility = "private"
}

resource "github_branch_protection" "api_main" {
  repository_id       = github_repository.api.node_id
  pattern             = "main"
  allows_force_pushes = true # expect: tf-github-branch-force-push-allowed
}

# The only protection of `web` requires reviews but does not block force
# pushes.
resource "github_repository_ruleset" "web" {
  name        = "main"
  repository  = "web"
  target      = "branch"
  enforcement = "active"

  rules { # expect: tf-github-branch-force-push-allowed
    deletion = true
    pull_request {
      required_approving_review_count = 1
    }
  }
}

variable "allow_force" {
  type = bool
}

resource "github_branch_protection" "tools" {
  repository_id       = "tools"
  pattern             = "main"
  allows_force_pushes = var.allow_force # expect: tf-github-branch-force-push-allowed unknown
}
