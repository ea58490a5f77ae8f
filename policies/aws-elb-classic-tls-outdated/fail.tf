resource "aws_elb" "web" {
  name               = "web"
  availability_zones = ["eu-west-1a"]

  listener {
    instance_port      = 80
    instance_protocol  = "http"
    lb_port            = 443
    lb_protocol        = "https" # expect: aws-elb-classic-tls-outdated "default SSL policy (TLS 1.0 and later) on port 443"
    ssl_certificate_id = aws_acm_certificate.web.arn
  }

  listener {
    instance_port      = 80
    instance_protocol  = "http"
    lb_port            = 8443
    lb_protocol        = "https"
    ssl_certificate_id = aws_acm_certificate.web.arn
  }
}

resource "aws_load_balancer_policy" "legacy" {
  load_balancer_name = aws_elb.web.name
  policy_name        = "legacy"
  policy_type_name   = "SSLNegotiationPolicyType"

  policy_attribute {
    name  = "Reference-Security-Policy" # expect: aws-elb-classic-tls-outdated "`aws_load_balancer_policy.legacy`"
    value = "ELBSecurityPolicy-2016-08"
  }
}

resource "aws_load_balancer_listener_policy" "legacy" {
  load_balancer_name = aws_elb.web.name
  load_balancer_port = 8443
  policy_names       = [aws_load_balancer_policy.legacy.policy_name]
}

resource "aws_lb_ssl_negotiation_policy" "custom" {
  name          = "custom"
  load_balancer = aws_elb.web.id
  lb_port       = 9443

  attribute {
    name  = "Protocol-TLSv1.2"
    value = "true"
  }

  attribute {
    name  = "Protocol-TLSv1.1" # expect: aws-elb-classic-tls-outdated "`aws_lb_ssl_negotiation_policy.custom`"
    value = "true"
  }
}
