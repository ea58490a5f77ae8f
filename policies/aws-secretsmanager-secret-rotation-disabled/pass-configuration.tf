# Configuration kept in Secrets Manager next to the credentials, read by
# the applications at start: identifiers, ARNs, host names and user names,
# which have nothing to rotate.
resource "aws_secretsmanager_secret" "aws_account_id" {
  name                    = "AWS_ACCOUNT_ID"
  recovery_window_in_days = 0
}

resource "aws_secretsmanager_secret" "api_target_group_arn" {
  name = "api-target-group-arn"
}

resource "aws_secretsmanager_secret" "internal_dns_fqdn" {
  name = "INTERNAL_DNS_FQDN"
}

resource "aws_secretsmanager_secret" "smtp" {
  name = "/prod/notify/smtpUsername"
}

resource "aws_secretsmanager_secret" "pinpoint_pool" {
  name_prefix = "pinpoint-default-pool-id-"
}

# The name is built from a variable: the resource label says what it holds.
resource "aws_secretsmanager_secret" "database_host" {
  name = "${var.env}-${var.service}"
}
