resource "aws_security_group" "any" {
  name = "any"
  ingress {
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = ["0.0.0.0/0"] # expect: aws-security-group-admin-ports-open-to-world
  }
}

resource "aws_security_group_rule" "tcp" {
  type              = "ingress"
  from_port         = 0
  to_port           = 65535
  protocol          = "tcp"
  cidr_blocks       = ["0.0.0.0/0"] # expect: aws-security-group-admin-ports-open-to-world
  security_group_id = aws_security_group.any.id
}

resource "aws_vpc_security_group_ingress_rule" "all" {
  security_group_id = aws_security_group.any.id
  ip_protocol       = "-1"
  cidr_ipv6         = "::/0" # expect: aws-security-group-admin-ports-open-to-world
}
