variable "client_cidrs" {}

resource "aws_security_group_rule" "postgres" {
  type              = "ingress"
  from_port         = 5432
  to_port           = 5432
  protocol          = "tcp"
  cidr_blocks       = var.client_cidrs # expect: aws-security-group-sensitive-port-open-to-world unknown
  security_group_id = aws_security_group.db.id
}
