resource "aws_instance" "web" { # expect: aws-ec2-imdsv1-allowed
  ami           = "ami-12345678"
  instance_type = "t3.micro"
}

resource "aws_launch_template" "app" {
  metadata_options { # expect: aws-ec2-imdsv1-allowed
    http_tokens = "optional"
  }
}
