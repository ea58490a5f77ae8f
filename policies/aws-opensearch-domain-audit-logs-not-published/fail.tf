resource "aws_opensearch_domain" "search" { # expect: aws-opensearch-domain-audit-logs-not-published "OpenSearch domain `aws_opensearch_domain.search`"
  domain_name = "search"
}

resource "aws_opensearch_domain" "slow_logs_only" {
  domain_name = "slow"
  log_publishing_options { # expect: aws-opensearch-domain-audit-logs-not-published
    log_type                 = "INDEX_SLOW_LOGS"
    cloudwatch_log_group_arn = aws_cloudwatch_log_group.slow.arn
  }
}

resource "aws_opensearch_domain" "disabled" {
  domain_name = "disabled"
  log_publishing_options { # expect: aws-opensearch-domain-audit-logs-not-published
    log_type                 = "AUDIT_LOGS"
    cloudwatch_log_group_arn = aws_cloudwatch_log_group.audit.arn
    enabled                  = false
  }
}

resource "aws_elasticsearch_domain" "legacy" { # expect: aws-opensearch-domain-audit-logs-not-published "Elasticsearch domain"
  domain_name = "legacy"
}
