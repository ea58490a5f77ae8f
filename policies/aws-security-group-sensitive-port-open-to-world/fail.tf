resource "aws_security_group" "db" {
  name = "db"

  ingress {
    from_port   = 5432
    to_port     = 5432
    protocol    = "tcp"
    cidr_blocks = ["10.0.0.0/16", "0.0.0.0/0"] # expect: aws-security-group-sensitive-port-open-to-world "`aws_security_group.db`"
  }

  ingress {
    from_port        = 6379
    to_port          = 6379
    protocol         = "6"
    ipv6_cidr_blocks = ["::/0"] # expect: aws-security-group-sensitive-port-open-to-world "(`6379`-`6379`)"
  }
}

locals {
  db_ports = [3306, 443]
}

resource "aws_security_group" "mysql" {
  name = "mysql"

  dynamic "ingress" {
    for_each = local.db_ports
    content {
      from_port   = ingress.value
      to_port     = ingress.value
      protocol    = "tcp"
      cidr_blocks = ["0.0.0.0/0"] # expect: aws-security-group-sensitive-port-open-to-world "(`3306`-`3306`)"
    }
  }
}

# A range that includes MongoDB.
resource "aws_security_group_rule" "mongo" {
  type              = "ingress"
  from_port         = 27000
  to_port           = 27100
  protocol          = "tcp"
  cidr_blocks       = ["0.0.0.0/0"] # expect: aws-security-group-sensitive-port-open-to-world "`aws_security_group_rule.mongo`"
  security_group_id = aws_security_group.db.id
}

resource "aws_vpc_security_group_ingress_rule" "elasticsearch" {
  security_group_id = aws_security_group.db.id
  ip_protocol       = "tcp"
  from_port         = 9200
  to_port           = 9300
  cidr_ipv4         = "0.0.0.0/0" # expect: aws-security-group-sensitive-port-open-to-world "`aws_vpc_security_group_ingress_rule.elasticsearch`"
}
