resource "github_repository" "api" { # expect: tf-github-repository-without-branch-protection
  name       = "api"
  visibility = "private"
}

# A ruleset that only reports does not protect.
resource "github_repository" "web" { # expect: tf-github-repository-without-branch-protection
  name       = "web"
  visibility = "private"
}

resource "github_repository_ruleset" "web" {
  name        = "trial"
  repository  = github_repository.web.name
  target      = "branch"
  enforcement = "evaluate"

  rules {
    non_fast_forward = true
  }
}
