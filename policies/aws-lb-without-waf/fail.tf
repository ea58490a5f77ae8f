resource "aws_lb" "web" { # expect: aws-lb-without-waf "`aws_lb.web`"
  name    = "web"
  subnets = var.public_subnets
}

resource "aws_alb" "legacy" { # expect: aws-lb-without-waf "`aws_alb.legacy`"
  name               = "legacy"
  load_balancer_type = "application"
  internal           = false
  subnets            = var.public_subnets
}
