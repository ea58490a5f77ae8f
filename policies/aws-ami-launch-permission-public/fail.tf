resource "aws_ami_launch_permission" "public" {
  image_id = "ami-0a1b2c3d4e5f67890"
  group    = "all" # expect: aws-ami-launch-permission-public "`aws_ami_launch_permission.public`"
}

resource "aws_imagebuilder_distribution_configuration" "golden" {
  name = "golden"

  distribution {
    region = "eu-west-1"

    ami_distribution_configuration {
      name = "golden-{{ imagebuilder:buildDate }}"

      launch_permission {
        user_ids    = ["123456789012"]
        user_groups = ["all"] # expect: aws-ami-launch-permission-public "to eu-west-1 public"
      }
    }
  }
}
