resource "aws_ecr_repository" "app" { # expect: aws-ecr-image-tags-mutable
  name = "app"
}

resource "aws_ecr_repository" "explicit" {
  name                 = "explicit"
  image_tag_mutability = "MUTABLE" # expect: aws-ecr-image-tags-mutable "`aws_ecr_repository.explicit`"
}
