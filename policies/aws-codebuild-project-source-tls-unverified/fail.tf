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
    insecure_ssl = true # expect: aws-codebuild-project-source-tls-unverified "fetches its source"
  }

  secondary_sources {
    type              = "GITHUB_ENTERPRISE"
    location          = "https://git.corp.example.com/devices/bootloader.git"
    source_identifier = "bootloader"
    insecure_ssl      = true # expect: aws-codebuild-project-source-tls-unverified "`bootloader`"
  }
}
