resource "aws_networkfirewall_firewall" "egress" { # expect: aws-networkfirewall-deletion-protection-disabled "`aws_networkfirewall_firewall.egress`"
  name                = "egress"
  firewall_policy_arn = aws_networkfirewall_firewall_policy.egress.arn
  vpc_id              = "vpc-1"
  subnet_mapping {
    subnet_id = "subnet-1"
  }
}
