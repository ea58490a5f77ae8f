resource "github_repository" "site" {
  name       = "site"
  visibility = "public" # expect: tf-github-repository-public
}

resource "github_repository" "tools" {
  name    = "tools"
  private = false # expect: tf-github-repository-public
}

# Neither is set: the provider creates the repository public.
resource "github_repository" "api" { # expect: tf-github-repository-public
  name = "api"
}

# `visibility` overrides `private`.
resource "github_repository" "mixed" {
  name       = "mixed"
  private    = true
  visibility = "public" # expect: tf-github-repository-public
}

variable "visibility" {
  type = string
}

resource "github_repository" "unknown" {
  name       = "unknown"
  visibility = var.visibility # expect: tf-github-repository-public unknown
}
