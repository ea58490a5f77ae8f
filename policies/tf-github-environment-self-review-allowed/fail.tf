resource "github_repository_environment" "production" {
  repository          = "api"
  environment         = "production"
  prevent_self_review = false # expect: tf-github-environment-self-review-allowed "`github_repository_environment.production`"

  reviewers {
    teams = [1234567]
  }
}

# expect: tf-github-environment-self-review-allowed
resource "github_repository_environment" "staging" {
  repository  = "api"
  environment = "staging"

  reviewers {
    users = [var.release_manager_id]
  }
}
