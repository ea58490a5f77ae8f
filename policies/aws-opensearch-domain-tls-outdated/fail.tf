resource "aws_opensearch_domain" "search" { # expect: aws-opensearch-domain-tls-outdated "OpenSearch domain `aws_opensearch_domain.search`"
  domain_name = "search"
}

resource "aws_opensearch_domain" "https_only" {
  domain_name = "https-only"
  domain_endpoint_options { # expect: aws-opensearch-domain-tls-outdated
    enforce_https = true
  }
}

resource "aws_elasticsearch_domain" "old" {
  domain_name = "old"
  domain_endpoint_options {
    enforce_https       = true
    tls_security_policy = "Policy-Min-TLS-1-0-2019-07" # expect: aws-opensearch-domain-tls-outdated "Elasticsearch domain"
  }
}
