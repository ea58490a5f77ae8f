locals {
  public_ports = [443, 22]
}

# A `dynamic` block gives one rule per port: port 22 fails.
resource "aws_security_group" "bastion" {
  name = "bastion"

  dynamic "ingress" {
    for_each = local.public_ports
    content {
      from_port   = ingress.value
      to_port     = ingress.value
      protocol    = "6"
      cidr_blocks = ["0.0.0.0/0"] # expect: aws-security-group-admin-ports-open-to-world "`aws_security_group.bastion`"
    }
  }
}

# The default security group's rules are checked too.
resource "aws_default_security_group" "default" {
  vpc_id = aws_vpc.main.id

  ingress {
    from_port        = 3389
    to_port          = 3389
    protocol         = "udp"
    ipv6_cidr_blocks = ["::/0"] # expect: aws-security-group-admin-ports-open-to-world "`aws_default_security_group.default`"
  }
}
