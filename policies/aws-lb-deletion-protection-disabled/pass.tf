variable "deletion_protection" {
  default = true
}

resource "aws_lb" "web" {
  name                       = "web"
  load_balancer_type         = "application"
  subnets                    = var.public_subnets
  enable_deletion_protection = var.deletion_protection
}

resource "aws_alb" "nlb" {
  name                       = "nlb"
  load_balancer_type         = "network"
  subnets                    = var.public_subnets
  enable_deletion_protection = true
}

resource "aws_elb" "classic" {
  name               = "classic"
  availability_zones = ["eu-west-1a"]
  listener {
    instance_port     = 80
    instance_protocol = "http"
    lb_port           = 80
    lb_protocol       = "http"
  }
}
