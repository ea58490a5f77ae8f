variable "ssl_policy" {
  default = "ELBSecurityPolicy-TLS-1-2-2017-01"
}

resource "aws_elb" "web" {
  name               = "web"
  availability_zones = ["eu-west-1a"]

  listener {
    instance_port      = 80
    instance_protocol  = "http"
    lb_port            = 443
    lb_protocol        = "https"
    ssl_certificate_id = aws_acm_certificate.web.arn
  }

  listener {
    instance_port      = 9000
    instance_protocol  = "tcp"
    lb_port            = 9443
    lb_protocol        = "ssl"
    ssl_certificate_id = aws_acm_certificate.web.arn
  }

  listener {
    instance_port     = 80
    instance_protocol = "http"
    lb_port           = 80
    lb_protocol       = "http"
  }
}

resource "aws_load_balancer_policy" "tls12" {
  load_balancer_name = aws_elb.web.name
  policy_name        = "tls12"
  policy_type_name   = "SSLNegotiationPolicyType"

  policy_attribute {
    name  = "Reference-Security-Policy"
    value = var.ssl_policy
  }
}

resource "aws_load_balancer_listener_policy" "https" {
  load_balancer_name = aws_elb.web.name
  load_balancer_port = 443
  policy_names       = [aws_load_balancer_policy.tls12.policy_name]
}

resource "aws_lb_ssl_negotiation_policy" "ssl" {
  name          = "custom"
  load_balancer = aws_elb.web.id
  lb_port       = 9443

  attribute {
    name  = "Protocol-TLSv1.2"
    value = "true"
  }

  attribute {
    name  = "Protocol-TLSv1.1"
    value = "false"
  }

  attribute {
    name  = "ECDHE-ECDSA-AES128-GCM-SHA256"
    value = "true"
  }
}

# Not an SSL negotiation policy.
resource "aws_load_balancer_policy" "proxy" {
  load_balancer_name = aws_elb.web.name
  policy_name        = "proxy"
  policy_type_name   = "ProxyProtocolPolicyType"

  policy_attribute {
    name  = "ProxyProtocol"
    value = "true"
  }
}
