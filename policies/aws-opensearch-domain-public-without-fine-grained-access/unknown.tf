variable "fgac" {
  type = bool
}

resource "aws_opensearch_domain" "search" { # expect: aws-opensearch-domain-public-without-fine-grained-access unknown
  domain_name = "search"
  advanced_security_options {
    enabled = var.fgac
  }
}
