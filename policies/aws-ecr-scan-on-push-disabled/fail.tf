resource "aws_ecr_repository" "app" { # expect: aws-ecr-scan-on-push-disabled
  name = "app"
}

resource "aws_ecr_repository" "off" {
  name = "off"
  image_scanning_configuration { # expect: aws-ecr-scan-on-push-disabled "`aws_ecr_repository.off`"
    scan_on_push = false
  }
}
