resource "github_repository" "api" {
  name       = "api"
  visibility = "private"
}

resource "github_branch_protection" "api_main" {
  repository_id = github_repository.api.node_id
  pattern       = "main"
}

# Protected by name.
resource "github_repository" "legacy" {
  name       = "legacy"
  visibility = "private"
}

resource "github_branch_protection_v3" "legacy" {
  repository = "legacy"
  branch     = "main"
}

resource "github_repository" "web" {
  for_each   = toset(["web", "admin"])
  name       = each.key
  visibility = "private"
}

resource "github_repository_ruleset" "web" {
  for_each    = github_repository.web
  name        = "main"
  repository  = github_repository.web[each.key].name
  target      = "branch"
  enforcement = "active"

  rules {
    pull_request {
      required_approving_review_count = 1
    }
  }
}

# Archived repositories accept no changes.
resource "github_repository" "old" {
  name       = "old"
  visibility = "private"
  archived   = true
}
