resource "aws_network_acl" "public" {
  vpc_id = aws_vpc.main.id

  ingress {
    rule_no    = 100
    protocol   = "tcp"
    action     = "allow"
    cidr_block = "0.0.0.0/0" # expect: aws-network-acl-allows-admin-ports-from-world "`aws_network_acl.public`"
    from_port  = 22
    to_port    = 22
  }

  # Every protocol: the ports are ignored.
  ingress { # expect: aws-network-acl-allows-admin-ports-from-world "rule 110"
    rule_no         = 110
    protocol        = "-1"
    action          = "allow"
    ipv6_cidr_block = "::/0"
    from_port       = 0
    to_port         = 0
  }
}

locals {
  admin_ports = [22, 3389]
}

resource "aws_default_network_acl" "default" {
  default_network_acl_id = aws_vpc.main.default_network_acl_id

  dynamic "ingress" {
    for_each = local.admin_ports
    content {
      rule_no    = 200 + ingress.key
      protocol   = "6"
      action     = "allow"
      cidr_block = "0.0.0.0/0" # expect: aws-network-acl-allows-admin-ports-from-world "rule 200", aws-network-acl-allows-admin-ports-from-world "rule 201"
      from_port  = ingress.value
      to_port    = ingress.value
    }
  }
}

resource "aws_network_acl_rule" "rdp_range" {
  network_acl_id = aws_network_acl.public.id
  rule_number    = 120
  egress         = false
  protocol       = "tcp"
  rule_action    = "allow"
  cidr_block     = "0.0.0.0/0" # expect: aws-network-acl-allows-admin-ports-from-world "`aws_network_acl_rule.rdp_range`"
  from_port      = 3000
  to_port        = 4000
}

resource "aws_network_acl_rule" "all" {
  network_acl_id = aws_network_acl.public.id
  rule_number    = 130
  protocol       = "all"
  rule_action    = "allow"
  cidr_block     = "0.0.0.0/0" # expect: aws-network-acl-allows-admin-ports-from-world "`aws_network_acl_rule.all`"
}

# An ephemeral range that starts below 3389 lets RDP in too: the ACL is
# stateless, so it admits new connections as well as return traffic.
resource "aws_network_acl_rule" "ephemeral" {
  network_acl_id = aws_network_acl.public.id
  rule_number    = 140
  protocol       = "tcp"
  rule_action    = "allow"
  cidr_block     = "0.0.0.0/0" # expect: aws-network-acl-allows-admin-ports-from-world "`aws_network_acl_rule.ephemeral`"
  from_port      = 1024
  to_port        = 65535
}
