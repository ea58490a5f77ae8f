resource "aws_opensearch_domain" "search" {
  domain_name = "search"
  advanced_security_options {
    enabled                        = true
    internal_user_database_enabled = false
    master_user_options {
      master_user_arn = aws_iam_role.search_admin.arn
    }
  }
  log_publishing_options {
    log_type                 = "ES_APPLICATION_LOGS"
    cloudwatch_log_group_arn = aws_cloudwatch_log_group.app.arn
  }
  log_publishing_options {
    log_type                 = "AUDIT_LOGS"
    cloudwatch_log_group_arn = aws_cloudwatch_log_group.audit.arn
  }
}

variable "log_types" {
  default = ["AUDIT_LOGS", "ES_APPLICATION_LOGS"]
}

resource "aws_elasticsearch_domain" "legacy" {
  domain_name = "legacy"
  dynamic "log_publishing_options" {
    for_each = var.log_types
    content {
      log_type                 = log_publishing_options.value
      cloudwatch_log_group_arn = aws_cloudwatch_log_group.audit.arn
    }
  }
}
