resource "aws_lb" "web" {
  name                   = "web"
  load_balancer_type     = "application"
  subnets                = ["subnet-1", "subnet-2"]
  desync_mitigation_mode = "strictest"
}

resource "aws_alb" "api" {
  name    = "api"
  subnets = ["subnet-1", "subnet-2"]
}

resource "aws_lb" "nlb" {
  name               = "nlb"
  load_balancer_type = "network"
  subnets            = ["subnet-1", "subnet-2"]
}
