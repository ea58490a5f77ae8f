resource "aws_opensearch_domain" "logs" { # expect: aws-opensearch-domain-unencrypted-at-rest "`aws_opensearch_domain.logs`"
  domain_name    = "logs"
  engine_version = "OpenSearch_2.13"
}

resource "aws_opensearch_domain" "disabled" {
  domain_name = "disabled"
  encrypt_at_rest {
    enabled = false # expect: aws-opensearch-domain-unencrypted-at-rest
  }
}

resource "aws_elasticsearch_domain" "legacy" { # expect: aws-opensearch-domain-unencrypted-at-rest "Elasticsearch domain"
  domain_name           = "legacy"
  elasticsearch_version = "7.10"
}

# A dynamic block over an empty list creates no block: `encrypt_at_rest`
# is absent, and the finding is at the domain.
resource "aws_opensearch_domain" "dynamic_off" { # expect: aws-opensearch-domain-unencrypted-at-rest
  domain_name = "dynamic-off"
  dynamic "encrypt_at_rest" {
    for_each = []
    content {
      enabled = true
    }
  }
}
