# Denies that do not come first, or do not cover what the allow opens.
resource "aws_default_network_acl" "main" {
  default_network_acl_id = aws_vpc.main.default_network_acl_id

  # Evaluated after the allow at 100: too late.
  ingress {
    protocol   = "tcp"
    rule_no    = 200
    action     = "deny"
    cidr_block = "0.0.0.0/0"
    from_port  = 22
    to_port    = 22
  }

  # RDP is denied first, SSH is not.
  ingress {
    protocol   = "tcp"
    rule_no    = 50
    action     = "deny"
    cidr_block = "0.0.0.0/0"
    from_port  = 3389
    to_port    = 3389
  }

  ingress {
    protocol   = -1
    rule_no    = 100
    action     = "allow"
    cidr_block = "0.0.0.0/0" # expect: aws-network-acl-allows-admin-ports-from-world "rule 100"
    from_port  = 0
    to_port    = 0
  }
}

resource "aws_network_acl" "public" {
  vpc_id = aws_vpc.main.id

  # A UDP deny does not block SSH over TCP.
  ingress {
    protocol   = "udp"
    rule_no    = 10
    action     = "deny"
    cidr_block = "0.0.0.0/0"
    from_port  = 0
    to_port    = 65535
  }

  # A deny for the office range does not block the internet.
  ingress {
    protocol   = "tcp"
    rule_no    = 20
    action     = "deny"
    cidr_block = "203.0.113.0/24"
    from_port  = 22
    to_port    = 3389
  }

  ingress {
    protocol   = "tcp"
    rule_no    = 100
    action     = "allow"
    cidr_block = "0.0.0.0/0" # expect: aws-network-acl-allows-admin-ports-from-world "rule 100"
    from_port  = 0
    to_port    = 65535
  }
}
