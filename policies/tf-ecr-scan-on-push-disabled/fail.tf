resource "aws_ecr_repository" "app" { # expect: tf-ecr-scan-on-push-disabled
  name = "app"
}
