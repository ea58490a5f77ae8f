variable "audit_enabled" {
  type = bool
}

resource "aws_opensearch_domain" "search" {
  domain_name = "search"
  log_publishing_options {
    log_type                 = "AUDIT_LOGS"
    cloudwatch_log_group_arn = aws_cloudwatch_log_group.audit.arn
    enabled                  = var.audit_enabled # expect: aws-opensearch-domain-audit-logs-not-published unknown
  }
}
