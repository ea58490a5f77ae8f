resource "aws_lb" "web" {
  name    = "web"
  subnets = var.public_subnets
}

resource "aws_wafv2_web_acl_association" "web" {
  resource_arn = aws_lb.web.arn
  web_acl_arn  = aws_wafv2_web_acl.regional.arn
}

resource "aws_lb" "internal" {
  name     = "internal"
  internal = true
  subnets  = var.private_subnets
}

resource "aws_lb" "nlb" {
  name               = "nlb"
  load_balancer_type = "network"
  subnets            = var.public_subnets
}

resource "aws_alb" "legacy" {
  name    = "legacy"
  subnets = var.public_subnets
}

resource "aws_wafregional_web_acl_association" "legacy" {
  resource_arn = aws_alb.legacy.arn
  web_acl_id   = aws_wafregional_web_acl.legacy.id
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
