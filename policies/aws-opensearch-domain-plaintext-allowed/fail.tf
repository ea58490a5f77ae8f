# Neither block: the API leaves HTTP open and node traffic unencrypted.
# expect: aws-opensearch-domain-plaintext-allowed "answers plain HTTP", aws-opensearch-domain-plaintext-allowed "between its nodes"
resource "aws_opensearch_domain" "bare" {
  domain_name    = "search"
  engine_version = "OpenSearch_2.13"
}

resource "aws_elasticsearch_domain" "off" {
  domain_name           = "logs"
  elasticsearch_version = "7.10"

  domain_endpoint_options {
    enforce_https = false # expect: aws-opensearch-domain-plaintext-allowed "`aws_elasticsearch_domain.off` answers plain HTTP"
  }

  node_to_node_encryption {
    enabled = false # expect: aws-opensearch-domain-plaintext-allowed "`aws_elasticsearch_domain.off` does not encrypt"
  }
}

variable "https" {
  default = "false"
}

resource "aws_opensearch_domain" "from_var" {
  domain_name = "audit"

  domain_endpoint_options {
    enforce_https = var.https # expect: aws-opensearch-domain-plaintext-allowed "answers plain HTTP"
  }

  node_to_node_encryption {
    enabled = true
  }
}
