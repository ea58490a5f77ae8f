resource "aws_lb" "web" { # expect: aws-lb-invalid-headers-kept
  name    = "web"
  subnets = ["subnet-1", "subnet-2"]
}

resource "aws_alb" "legacy" {
  name                       = "legacy"
  load_balancer_type         = "application"
  drop_invalid_header_fields = false # expect: aws-lb-invalid-headers-kept "`aws_alb.legacy`"
}
