resource "aws_opensearch_domain" "search" { # expect: aws-opensearch-domain-public-without-fine-grained-access "OpenSearch domain `aws_opensearch_domain.search`"
  domain_name = "search"
}

resource "aws_elasticsearch_domain" "legacy" { # expect: aws-opensearch-domain-public-without-fine-grained-access "Elasticsearch domain"
  domain_name = "legacy"
  advanced_security_options {
    enabled = false
  }
}
