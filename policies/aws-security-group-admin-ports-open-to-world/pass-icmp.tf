# ICMP: `-1` is every type and code, not every port.
resource "aws_security_group" "ping" {
  name = "ping"

  ingress {
    from_port   = -1
    to_port     = -1
    protocol    = "icmp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

resource "aws_vpc_security_group_ingress_rule" "ping6" {
  security_group_id = aws_security_group.ping.id
  ip_protocol       = "icmpv6"
  from_port         = -1
  to_port           = -1
  cidr_ipv6         = "::/0"
}

# Another security group as the source.
resource "aws_security_group_rule" "from_bastion" {
  type                     = "ingress"
  from_port                = 22
  to_port                  = 22
  protocol                 = "tcp"
  source_security_group_id = aws_security_group.ping.id
  security_group_id        = aws_security_group.ping.id
}
