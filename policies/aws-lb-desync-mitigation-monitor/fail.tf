resource "aws_lb" "web" {
  name                   = "web"
  load_balancer_type     = "application"
  subnets                = ["subnet-1", "subnet-2"]
  desync_mitigation_mode = "monitor" # expect: aws-lb-desync-mitigation-monitor "`aws_lb.web`"
}

resource "aws_elb" "legacy" {
  name                   = "legacy"
  availability_zones     = ["eu-west-1a"]
  desync_mitigation_mode = "monitor" # expect: aws-lb-desync-mitigation-monitor "`aws_elb.legacy`"
  listener {
    instance_port     = 443
    instance_protocol = "https"
    lb_port           = 443
    lb_protocol       = "https"
  }
}
