resource "aws_networkfirewall_firewall" "egress" { # expect: aws-networkfirewall-logging-disabled "`aws_networkfirewall_firewall.egress`"
  name                = "egress"
  firewall_policy_arn = "arn:aws:network-firewall:eu-west-1:123456789012:firewall-policy/egress"
  vpc_id              = "vpc-0123456789abcdef0"

  subnet_mapping {
    subnet_id = "subnet-0123456789abcdef0"
  }
}
