resource "aws_networkfirewall_firewall" "egress" {
  name                = "egress"
  firewall_policy_arn = "arn:aws:network-firewall:eu-west-1:123456789012:firewall-policy/egress"
  vpc_id              = "vpc-0123456789abcdef0"

  subnet_mapping {
    subnet_id = "subnet-0123456789abcdef0"
  }
}

resource "aws_cloudwatch_log_group" "alerts" {
  name              = "/network-firewall/alerts"
  retention_in_days = 365
}

resource "aws_networkfirewall_logging_configuration" "egress" {
  firewall_arn = aws_networkfirewall_firewall.egress.arn

  logging_configuration {
    log_destination_config {
      log_type             = "ALERT"
      log_destination_type = "CloudWatchLogs"
      log_destination = {
        logGroup = aws_cloudwatch_log_group.alerts.name
      }
    }
  }
}
