resource "aws_instance" "web" {
  ami           = "ami-12345678"
  instance_type = "t3.micro"
  metadata_options {
    http_tokens = "required"
  }
}

resource "aws_launch_template" "app" {
  metadata_options {
    http_endpoint = "disabled"
  }
}

resource "aws_launch_configuration" "app" {
  image_id      = "ami-12345678"
  instance_type = "t3.micro"
  metadata_options {
    http_tokens                 = "required"
    http_put_response_hop_limit = 2
  }
}

resource "aws_launch_template" "hardened" {
  metadata_options {
    http_tokens = "required"
  }
}

# Launched from a template: the template's options apply.
resource "aws_instance" "from_template" {
  launch_template {
    id      = aws_launch_template.hardened.id
    version = "$Latest"
  }
}
