resource "aws_ami_launch_permission" "dr_account" {
  image_id   = "ami-0a1b2c3d4e5f67890"
  account_id = "210987654321"
}

resource "aws_ami_launch_permission" "organization" {
  image_id         = "ami-0a1b2c3d4e5f67890"
  organization_arn = "arn:aws:organizations::111122223333:organization/o-abcdefghij"
}

resource "aws_imagebuilder_distribution_configuration" "golden" {
  name = "golden"

  distribution {
    region = "eu-west-1"

    ami_distribution_configuration {
      launch_permission {
        organizational_unit_arns = ["arn:aws:organizations::111122223333:ou/o-abcdefghij/ou-ab12-cdef3456"]
      }
    }
  }

  distribution {
    region = "us-east-1"

    container_distribution_configuration {
      target_repository {
        repository_name = "golden"
        service         = "ECR"
      }
    }
  }
}
