resource "aws_instance" "web" { # expect: aws-ec2-imdsv1-allowed
  ami           = "ami-12345678"
  instance_type = "t3.micro"
}

resource "aws_launch_template" "app" {
  metadata_options { # expect: aws-ec2-imdsv1-allowed
    http_tokens = "optional"
  }
}

resource "aws_launch_configuration" "app" { # expect: aws-ec2-imdsv1-allowed "launch configuration `aws_launch_configuration.app`"
  image_id      = "ami-12345678"
  instance_type = "t3.micro"
}

# A launch template does not excuse options the instance sets itself.
resource "aws_instance" "override" {
  ami = "ami-12345678"
  launch_template {
    id = aws_launch_template.app.id
  }
  metadata_options { # expect: aws-ec2-imdsv1-allowed "`aws_instance.override`"
    http_tokens = "optional"
  }
}
