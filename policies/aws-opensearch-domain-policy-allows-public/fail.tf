resource "aws_opensearch_domain" "logs" {
  domain_name    = "logs"
  engine_version = "OpenSearch_2.11"
  access_policies = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow" # expect: aws-opensearch-domain-policy-allows-public "`aws_opensearch_domain.logs`"
      Principal = { AWS = "*" }
      Action    = "es:*"
      Resource  = "arn:aws:es:eu-west-1:111122223333:domain/logs/*"
    }]
  })
}

resource "aws_elasticsearch_domain" "search" {
  domain_name           = "search"
  elasticsearch_version = "7.10"
}

data "aws_iam_policy_document" "search" {
  statement {
    actions   = ["es:ESHttpGet"]
    resources = ["arn:aws:es:eu-west-1:111122223333:domain/search/*"]
    principals {
      type        = "*"
      identifiers = ["*"]
    }
  }
}

resource "aws_elasticsearch_domain_policy" "search" {
  domain_name     = aws_elasticsearch_domain.search.domain_name
  access_policies = data.aws_iam_policy_document.search.json # expect: aws-opensearch-domain-policy-allows-public "`aws_elasticsearch_domain_policy.search`"
}
