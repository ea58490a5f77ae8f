resource "aws_instance" "bare" { # expect: aws-ebs-volume-unencrypted
  ami           = "ami-12345678"
  instance_type = "t3.micro"
}

resource "aws_instance" "web" {
  ami           = "ami-12345678"
  instance_type = "t3.micro"
  root_block_device { # expect: aws-ebs-volume-unencrypted
    volume_size = 20
  }
  ebs_block_device {
    device_name = "/dev/sdf"
    encrypted   = false # expect: aws-ebs-volume-unencrypted
  }
}

resource "aws_launch_template" "app" {
  block_device_mappings {
    device_name = "/dev/xvda"
    ebs {
      encrypted = "false" # expect: aws-ebs-volume-unencrypted
    }
  }
}

resource "aws_launch_configuration" "app" {
  image_id      = "ami-12345678"
  instance_type = "t3.micro"
  root_block_device { # expect: aws-ebs-volume-unencrypted "launch configuration `aws_launch_configuration.app` creates an unencrypted root volume"
    volume_size = 20
  }
  ebs_block_device {
    device_name = "/dev/sdb"
    encrypted   = false # expect: aws-ebs-volume-unencrypted "`/dev/sdb`"
  }
}
