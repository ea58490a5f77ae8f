resource "aws_ecr_repository" "app" { # expect: aws-ecr-scan-on-push-disabled
  name = "app"
}
