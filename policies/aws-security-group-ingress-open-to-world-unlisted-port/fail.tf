resource "aws_security_group" "app" {
  name   = "app"
  vpc_id = var.vpc_id

  ingress {
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }

  ingress {
    from_port   = 8080
    to_port     = 8080
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"] # expect: aws-security-group-ingress-open-to-world-unlisted-port "`aws_security_group.app` admits port 8080"
  }
}

resource "aws_security_group_rule" "vpn" {
  type              = "ingress"
  security_group_id = aws_security_group.app.id
  from_port         = 1194
  to_port           = 1194
  protocol          = "udp"
  cidr_blocks       = ["0.0.0.0/0"] # expect: aws-security-group-ingress-open-to-world-unlisted-port "port 1194"
}

resource "aws_vpc_security_group_ingress_rule" "dev" {
  security_group_id = aws_security_group.app.id
  ip_protocol       = "tcp"
  from_port         = 3000
  to_port           = 3001
  cidr_ipv6         = "::/0" # expect: aws-security-group-ingress-open-to-world-unlisted-port "ports 3000-3001"
}
