# With `tls_min_version = "1.3"`, a TLS 1.2 policy is no longer enough.
# param: tls_min_version = "1.3"

resource "aws_lb_listener" "tls12" {
  load_balancer_arn = aws_lb.web.arn
  port              = 443
  protocol          = "HTTPS"
  ssl_policy        = "ELBSecurityPolicy-TLS13-1-2-2021-06" # expect: aws-lb-listener-tls-outdated "older than 1.3"
  certificate_arn   = aws_acm_certificate.web.arn
}

resource "aws_lb_listener" "tls13" {
  load_balancer_arn = aws_lb.web.arn
  port              = 443
  protocol          = "HTTPS"
  ssl_policy        = "ELBSecurityPolicy-TLS13-1-3-2021-06"
  certificate_arn   = aws_acm_certificate.web.arn
}
