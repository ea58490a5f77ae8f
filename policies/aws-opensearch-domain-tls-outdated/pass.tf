variable "tls_policy" {
  default = "Policy-Min-TLS-1-2-2019-07"
}

resource "aws_opensearch_domain" "search" {
  domain_name = "search"
  domain_endpoint_options {
    enforce_https       = true
    tls_security_policy = "Policy-Min-TLS-1-2-PFS-2023-10"
  }
}

resource "aws_elasticsearch_domain" "legacy" {
  domain_name = "legacy"
  domain_endpoint_options {
    enforce_https       = true
    tls_security_policy = var.tls_policy
  }
}
