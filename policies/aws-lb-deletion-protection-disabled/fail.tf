resource "aws_lb" "web" { # expect: aws-lb-deletion-protection-disabled "`aws_lb.web`"
  name               = "web"
  load_balancer_type = "application"
  subnets            = var.public_subnets
}

resource "aws_alb" "legacy" {
  name                       = "legacy"
  subnets                    = var.public_subnets
  enable_deletion_protection = false # expect: aws-lb-deletion-protection-disabled "`aws_alb.legacy`"
}
