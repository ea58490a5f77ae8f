resource "aws_instance" "bastion" {
  ami                         = "ami-12345678"
  instance_type               = "t3.micro"
  subnet_id                   = aws_subnet.public.id
  associate_public_ip_address = true # expect: aws-ec2-instance-public-ip
}

resource "aws_spot_instance_request" "worker" {
  ami                         = "ami-12345678"
  instance_type               = "c5.large"
  associate_public_ip_address = true # expect: aws-ec2-instance-public-ip "spot instance request"
}

# The launch template's argument is a string in the provider's schema.
resource "aws_launch_template" "app" {
  name_prefix = "app-"
  network_interfaces {
    associate_public_ip_address = "true" # expect: aws-ec2-instance-public-ip "launch template"
    security_groups             = [aws_security_group.app.id]
  }
}

variable "public" {
  type    = bool
  default = true
}

resource "aws_launch_configuration" "legacy" {
  image_id                    = "ami-12345678"
  instance_type               = "t3.micro"
  associate_public_ip_address = var.public # expect: aws-ec2-instance-public-ip "launch configuration"
}

variable "chosen_by_caller" {
  type = bool
}

resource "aws_instance" "unknown" {
  ami                         = "ami-12345678"
  instance_type               = "t3.micro"
  associate_public_ip_address = var.chosen_by_caller # expect: aws-ec2-instance-public-ip unknown
}
