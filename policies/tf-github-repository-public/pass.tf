resource "github_repository" "api" {
  name       = "api"
  visibility = "private"
}

resource "github_repository" "tools" {
  name    = "tools"
  private = true
}

variable "visibility" {
  type    = string
  default = "internal"
}

resource "github_repository" "handbook" {
  name       = "handbook"
  visibility = var.visibility
}

# A fork has the visibility of its source.
resource "github_repository" "fork" {
  name         = "terraform-provider-github"
  fork         = true
  source_owner = "integrations"
  source_repo  = "terraform-provider-github"
}
