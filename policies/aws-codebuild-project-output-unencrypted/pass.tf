resource "aws_codebuild_project" "build" {
  name           = "build"
  service_role   = "arn:aws:iam::123456789012:role/codebuild"
  encryption_key = "arn:aws:kms:eu-west-1:123456789012:alias/codebuild"

  artifacts {
    type     = "S3"
    location = "acme-artifacts"
  }

  logs_config {
    s3_logs {
      status   = "ENABLED"
      location = "acme-build-logs/build"
    }
  }

  environment {
    compute_type = "BUILD_GENERAL1_SMALL"
    image        = "aws/codebuild/standard:7.0"
    type         = "LINUX_CONTAINER"
  }

  source {
    type = "CODEPIPELINE"
  }
}

resource "aws_codebuild_project" "no_artifacts" {
  name         = "test"
  service_role = "arn:aws:iam::123456789012:role/codebuild"

  artifacts {
    type                = "NO_ARTIFACTS"
    encryption_disabled = true
  }

  environment {
    compute_type = "BUILD_GENERAL1_SMALL"
    image        = "aws/codebuild/standard:7.0"
    type         = "LINUX_CONTAINER"
  }

  source {
    type = "CODEPIPELINE"
  }
}
