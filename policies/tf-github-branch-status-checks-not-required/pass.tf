resource "github_branch_protection" "api_main" {
  repository_id = "api"
  pattern       = "main"

  required_status_checks {
    strict   = true
    contexts = ["build", "test"]
  }
}

resource "github_branch_protection_v3" "legacy" {
  repository = "legacy"
  branch     = "main"

  required_status_checks {
    checks = ["ci/build:15368"]
  }
}

resource "github_repository_ruleset" "web" {
  name        = "main"
  repository  = "web"
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

resource "github_organization_ruleset" "workflows" {
  name        = "required-workflows"
  target      = "branch"
  enforcement = "active"

  rules {
    required_workflows {
      required_workflow {
        repository_id = 1234
        path          = ".github/workflows/ci.yml"
      }
    }
  }
}
