variable "repository_url" {
  type    = string
  default = "https://oauth2:glpat-AbCdEfGhIjKlMnOpQrSt@gitlab.com/acme/app.git"
}

resource "aws_codebuild_project" "build" {
  name         = "build"
  service_role = "arn:aws:iam::123456789012:role/codebuild"

  artifacts {
    type = "NO_ARTIFACTS"
  }

  environment {
    compute_type = "BUILD_GENERAL1_SMALL"
    image        = "aws/codebuild/standard:7.0"
    type         = "LINUX_CONTAINER"
  }

  source {
    type     = "GITHUB_ENTERPRISE"
    location = var.repository_url # expect: aws-codebuild-project-source-credentials "`aws_codebuild_project.build`"
  }

  secondary_sources {
    type              = "GITHUB"
    source_identifier = "shared"
    location          = "https://ghp_A1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q7r8@github.com/acme/shared.git" # expect: aws-codebuild-project-source-credentials "`shared`"
  }
}
