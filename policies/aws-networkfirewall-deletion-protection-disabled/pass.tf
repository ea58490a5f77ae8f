resource "aws_networkfirewall_firewall" "egress" {
  name                = "egress"
  firewall_policy_arn = aws_networkfirewall_firewall_policy.egress.arn
  vpc_id              = "vpc-1"
  delete_protection   = true
  subnet_mapping {
    subnet_id = "subnet-1"
  }
}
