resource "github_branch_protection" "api_main" {
  repository_id = "api"
  pattern       = "main"
}

resource "github_branch_protection_v3" "legacy" {
  repository = "legacy"
  branch     = "main"
}

resource "github_organization_ruleset" "baseline" {
  name        = "baseline"
  target      = "branch"
  enforcement = "active"

  rules {
    deletion         = true
    non_fast_forward = true
  }
}

# Covered by the organization ruleset above.
resource "github_repository_ruleset" "web" {
  name        = "checks"
  repository  = "web"
  target      = "branch"
  enforcement = "active"

  rules {
    required_linear_history = true
  }
}
