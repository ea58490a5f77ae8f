resource "aws_codebuild_project" "docs" {
  name               = "docs-site"
  service_role       = "arn:aws:iam::111122223333:role/codebuild-docs"
  project_visibility = "PUBLIC_READ" # expect: aws-codebuild-project-public "`aws_codebuild_project.docs`"

  artifacts {
    type = "NO_ARTIFACTS"
  }

  environment {
    compute_type = "BUILD_GENERAL1_SMALL"
    image        = "aws/codebuild/standard:7.0"
    type         = "LINUX_CONTAINER"
  }

  source {
    type     = "GITHUB"
    location = "https://github.com/example/docs.git"
  }
}
