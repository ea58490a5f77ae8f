variable "world" {
  default = ["0.0.0.0/0"]
}

resource "aws_security_group" "admin" {
  name = "admin"
  ingress {
    from_port   = 3389
    to_port     = 3389
    protocol    = "tcp"
    cidr_blocks = var.world # expect: aws-security-group-admin-ports-open-to-world
  }
}

resource "aws_security_group_rule" "range" {
  type              = "ingress"
  from_port         = 0
  to_port           = 65535
  protocol          = "tcp"
  ipv6_cidr_blocks  = ["::/0"] # expect: aws-security-group-admin-ports-open-to-world
  security_group_id = aws_security_group.admin.id
}

resource "aws_vpc_security_group_ingress_rule" "v5" {
  security_group_id = aws_security_group.admin.id
  ip_protocol       = "tcp"
  from_port         = 3389
  to_port           = 3389
  cidr_ipv4         = "0.0.0.0/0" # expect: aws-security-group-admin-ports-open-to-world
}
