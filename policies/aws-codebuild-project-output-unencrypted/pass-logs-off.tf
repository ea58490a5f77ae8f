# S3 build logs are turned off: the encryption flag left beside them writes nothing.
resource "aws_codebuild_project" "lint" {
  name         = "lint"
  service_role = "arn:aws:iam::111122223333:role/codebuild-lint"

  artifacts {
    type = "NO_ARTIFACTS"
  }

  environment {
    compute_type = "BUILD_GENERAL1_SMALL"
    image        = "aws/codebuild/standard:7.0"
    type         = "LINUX_CONTAINER"
  }

  source {
    type     = "CODECOMMIT"
    location = "https://git-codecommit.eu-west-1.amazonaws.com/v1/repos/lint"
  }

  logs_config {
    s3_logs {
      status              = "DISABLED"
      encryption_disabled = true
    }
  }
}
