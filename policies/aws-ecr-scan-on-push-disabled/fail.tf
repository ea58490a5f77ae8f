resource "aws_ecr_repository" "app" { # expect: aws-ecr-scan-on-push-disabled
  name = "app"
}

resource "aws_ecr_repository" "off" {
  name = "off"
  image_scanning_configuration {
    scan_on_push = false # expect: aws-ecr-scan-on-push-disabled "`aws_ecr_repository.off`"
  }
}
