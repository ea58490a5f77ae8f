resource "github_branch_protection" "main" { # expect: tf-github-branch-admins-bypass-protection
  repository_id = "api"
  pattern       = "main"

  required_pull_request_reviews {
    required_approving_review_count = 1
  }
}

resource "github_branch_protection_v3" "legacy" {
  repository     = "legacy"
  branch         = "main"
  enforce_admins = false # expect: tf-github-branch-admins-bypass-protection
}

resource "github_repository_ruleset" "web" {
  name        = "main"
  repository  = "web"
  target      = "branch"
  enforcement = "active"

  bypass_actors {
    actor_id    = 5
    actor_type  = "RepositoryRole" # expect: tf-github-branch-admins-bypass-protection
    bypass_mode = "pull_request"
  }

  rules {
    pull_request {
      required_approving_review_count = 1
    }
  }
}

resource "github_organization_ruleset" "baseline" {
  name        = "baseline"
  target      = "branch"
  enforcement = "active"

  bypass_actors {
    actor_id    = 1
    actor_type  = "OrganizationAdmin" # expect: tf-github-branch-admins-bypass-protection
    bypass_mode = "always"
  }

  rules {
    non_fast_forward = true
  }
}
