resource "aws_codebuild_project" "build" {
  name         = "build"
  service_role = "arn:aws:iam::123456789012:role/codebuild"

  artifacts {
    type                = "S3"
    location            = "acme-artifacts"
    encryption_disabled = true # expect: aws-codebuild-project-output-unencrypted "artifacts without"
  }

  secondary_artifacts {
    type                = "S3"
    artifact_identifier = "reports"
    location            = "acme-reports"
    encryption_disabled = true # expect: aws-codebuild-project-output-unencrypted "`reports`"
  }

  logs_config {
    s3_logs {
      status              = "ENABLED"
      location            = "acme-build-logs/build"
      encryption_disabled = true # expect: aws-codebuild-project-output-unencrypted "S3 build logs"
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
