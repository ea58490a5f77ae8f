resource "aws_opensearch_domain" "search" {
  domain_name    = "search"
  engine_version = "OpenSearch_2.13"
  encrypt_at_rest {
    enabled    = true
    kms_key_id = aws_kms_key.search.key_id
  }
}

resource "aws_elasticsearch_domain" "legacy" {
  domain_name           = "legacy"
  elasticsearch_version = "7.10"
  encrypt_at_rest {
    enabled = "true"
  }
}

variable "encryption" {
  default = { enabled = true }
}

resource "aws_opensearch_domain" "dynamic" {
  domain_name = "dynamic"
  dynamic "encrypt_at_rest" {
    for_each = [var.encryption]
    content {
      enabled = encrypt_at_rest.value.enabled
    }
  }
}

resource "aws_kms_key" "search" {
  enable_key_rotation = true
}
