resource "aws_lb_listener" "default" { # expect: aws-lb-listener-tls-outdated
  load_balancer_arn = aws_lb.web.arn
  port              = 443
  protocol          = "HTTPS"
  certificate_arn   = aws_acm_certificate.web.arn
}

resource "aws_lb_listener" "old" {
  load_balancer_arn = aws_lb.web.arn
  port              = 443
  protocol          = "TLS"
  ssl_policy        = "ELBSecurityPolicy-2016-08" # expect: aws-lb-listener-tls-outdated
  certificate_arn   = aws_acm_certificate.web.arn
}
