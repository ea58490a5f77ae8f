resource "aws_ecr_repository" "app" { # expect: tf-ecr-image-tags-mutable
  name = "app"
}
