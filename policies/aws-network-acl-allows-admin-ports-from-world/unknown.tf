variable "admin_cidr" {}

# The source is a variable without a default: it is decided when the
# module is used, so the rule is not a failure.
resource "aws_network_acl_rule" "ssh" {
  network_acl_id = aws_network_acl.public.id
  rule_number    = 100
  protocol       = "tcp"
  rule_action    = "allow"
  cidr_block     = var.admin_cidr # expect: aws-network-acl-allows-admin-ports-from-world unknown
  from_port      = 22
  to_port        = 22
}
