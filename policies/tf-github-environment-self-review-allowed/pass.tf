resource "github_repository_environment" "production" {
  repository          = "api"
  environment         = "production"
  prevent_self_review = true

  reviewers {
    users = [4242, 4343]
    teams = [1234567]
  }
}

# No required reviewers: no approval to protect.
resource "github_repository_environment" "preview" {
  repository  = "api"
  environment = "preview"
}

resource "github_repository_environment" "sandbox" {
  repository  = "api"
  environment = "sandbox"

  reviewers {
    users = []
  }
}
