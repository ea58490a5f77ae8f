resource "aws_lb_listener" "http" {
  load_balancer_arn = aws_lb.web.arn
  port              = 80
  protocol          = "HTTP"
  default_action { # expect: aws-lb-listener-http-not-redirected
    type             = "forward"
    target_group_arn = aws_lb_target_group.web.arn
  }
}

resource "aws_lb" "public" {
  name     = "public"
  internal = false
}

resource "aws_alb_listener" "public_http" {
  load_balancer_arn = aws_lb.public.arn
  port              = 80
  default_action { # expect: aws-lb-listener-http-not-redirected
    type             = "forward"
    target_group_arn = aws_lb_target_group.web.arn
  }
}

resource "aws_elb" "classic" {
  name    = "classic"
  subnets = [aws_subnet.public.id]

  listener {
    instance_port     = 8000
    instance_protocol = "http"
    lb_port           = 80
    lb_protocol       = "http" # expect: aws-lb-listener-http-not-redirected "port 80"
  }

  listener {
    instance_port      = 8000
    instance_protocol  = "http"
    lb_port            = 443
    lb_protocol        = "https"
    ssl_certificate_id = aws_acm_certificate.web.arn
  }
}

variable "scheme_internal" {
  type = bool
}

resource "aws_elb" "maybe_internal" {
  name     = "maybe-internal"
  internal = var.scheme_internal

  listener {
    instance_port     = 8080
    instance_protocol = "HTTP"
    lb_port           = 80
    lb_protocol       = "HTTP" # expect: aws-lb-listener-http-not-redirected unknown
  }
}
