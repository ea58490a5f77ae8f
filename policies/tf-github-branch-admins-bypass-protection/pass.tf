resource "github_branch_protection" "main" {
  repository_id  = "api"
  pattern        = "main"
  enforce_admins = true
}

resource "github_branch_protection_v3" "legacy" {
  repository     = "legacy"
  branch         = "main"
  enforce_admins = true
}

# A release app may bypass; administrators may not.
resource "github_repository_ruleset" "web" {
  name        = "main"
  repository  = "web"
  target      = "branch"
  enforcement = "active"

  bypass_actors {
    actor_id    = 13473
    actor_type  = "Integration"
    bypass_mode = "always"
  }

  bypass_actors {
    actor_id    = 4
    actor_type  = "RepositoryRole"
    bypass_mode = "pull_request"
  }

  rules {
    non_fast_forward = true
  }
}

# Rulesets on tags are not branch protection.
resource "github_repository_ruleset" "tags" {
  name        = "tags"
  repository  = "web"
  target      = "tag"
  enforcement = "active"

  bypass_actors {
    actor_id    = 5
    actor_type  = "RepositoryRole"
    bypass_mode = "always"
  }

  rules {
    deletion = true
  }
}
