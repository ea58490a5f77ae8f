resource "aws_codebuild_project" "firmware" {
  name         = "firmware"
  service_role = "arn:aws:iam::111122223333:role/codebuild-firmware"

  artifacts {
    type = "NO_ARTIFACTS"
  }

  environment {
    compute_type = "BUILD_GENERAL1_MEDIUM"
    image        = "aws/codebuild/standard:7.0"
    type         = "LINUX_CONTAINER"
  }

  source {
    type         = "GITHUB_ENTERPRISE"
    location     = "https://git.corp.example.com/devices/firmware.git"
    insecure_ssl = false
  }

  secondary_sources {
    type              = "GITHUB"
    location          = "https://github.com/example/bootloader.git"
    source_identifier = "bootloader"
  }
}
