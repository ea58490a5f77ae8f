variable "encrypt" {
  type = bool
}

resource "aws_opensearch_domain" "search" {
  domain_name = "search"
  encrypt_at_rest {
    enabled = var.encrypt # expect: aws-opensearch-domain-unencrypted-at-rest unknown
  }
}
