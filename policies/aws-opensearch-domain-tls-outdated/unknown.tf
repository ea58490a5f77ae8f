variable "tls_policy" {
  type = string
}

resource "aws_opensearch_domain" "search" {
  domain_name = "search"
  domain_endpoint_options {
    enforce_https       = true
    tls_security_policy = var.tls_policy # expect: aws-opensearch-domain-tls-outdated unknown
  }
}
