resource "aws_lb" "web" {
  name    = "web"
  subnets = [aws_subnet.a.id, aws_subnet.b.id]
  access_logs {
    bucket  = aws_s3_bucket.lb_logs.id
    prefix  = "web"
    enabled = true
  }
}

variable "access_logging" {
  type    = bool
  default = true
}

resource "aws_alb" "from_variable" {
  name = "from-variable"
  access_logs {
    bucket  = aws_s3_bucket.lb_logs.id
    enabled = var.access_logging
  }
}

# Network and gateway load balancers are skipped.
resource "aws_lb" "network" {
  name               = "network"
  load_balancer_type = "network"
}

# A classic load balancer's access_logs block is enabled by default.
resource "aws_elb" "classic" {
  name    = "classic"
  subnets = [aws_subnet.a.id]
  access_logs {
    bucket   = aws_s3_bucket.lb_logs.id
    interval = 60
  }
  listener {
    instance_port     = 8000
    instance_protocol = "http"
    lb_port           = 443
    lb_protocol       = "https"
  }
}

# Lightsail load balancers are another service.
resource "aws_lightsail_lb" "test" {
  name              = "test-load-balancer"
  health_check_path = "/"
  instance_port     = 80
}
