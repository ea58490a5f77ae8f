variable "node_encryption" {}

resource "aws_opensearch_domain" "search" {
  domain_name = "search"

  domain_endpoint_options {
    enforce_https = true
  }

  node_to_node_encryption {
    enabled = var.node_encryption # expect: aws-opensearch-domain-plaintext-allowed unknown
  }
}
