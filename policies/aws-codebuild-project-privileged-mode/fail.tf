resource "aws_codebuild_project" "image" {
  name         = "image-build"
  service_role = "arn:aws:iam::123456789012:role/codebuild"

  artifacts {
    type = "NO_ARTIFACTS"
  }

  environment {
    compute_type    = "BUILD_GENERAL1_SMALL"
    image           = "aws/codebuild/standard:7.0"
    type            = "LINUX_CONTAINER"
    privileged_mode = true # expect: aws-codebuild-project-privileged-mode "`aws_codebuild_project.image`"
  }

  source {
    type = "CODEPIPELINE"
  }
}
