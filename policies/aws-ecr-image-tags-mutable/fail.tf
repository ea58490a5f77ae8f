resource "aws_ecr_repository" "app" { # expect: aws-ecr-image-tags-mutable
  name = "app"
}
