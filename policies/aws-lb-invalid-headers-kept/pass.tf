variable "drop_invalid" {
  default = true
}

resource "aws_lb" "web" {
  name                       = "web"
  subnets                    = ["subnet-1", "subnet-2"]
  drop_invalid_header_fields = var.drop_invalid
}

resource "aws_lb" "tcp" {
  name               = "tcp"
  load_balancer_type = "network"
}
