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
