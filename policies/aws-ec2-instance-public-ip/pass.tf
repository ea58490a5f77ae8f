resource "aws_instance" "app" {
  ami           = "ami-12345678"
  instance_type = "t3.micro"
  subnet_id     = aws_subnet.private.id
}

resource "aws_instance" "explicit" {
  ami                         = "ami-12345678"
  instance_type               = "t3.micro"
  associate_public_ip_address = false
}

resource "aws_spot_instance_request" "worker" {
  ami           = "ami-12345678"
  instance_type = "c5.large"
}

resource "aws_launch_template" "app" {
  name_prefix = "app-"
  network_interfaces {
    associate_public_ip_address = false
    delete_on_termination       = true
  }
}

resource "aws_launch_template" "no_interfaces" {
  name_prefix   = "plain-"
  instance_type = "t3.micro"
}

resource "aws_launch_configuration" "legacy" {
  image_id      = "ami-12345678"
  instance_type = "t3.micro"
}
