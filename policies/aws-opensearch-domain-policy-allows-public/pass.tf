resource "aws_opensearch_domain" "private" {
  domain_name = "private"
  vpc_options {
    subnet_ids         = ["subnet-0a1b2c3d"]
    security_group_ids = ["sg-0a1b2c3d"]
  }
  access_policies = jsonencode({
    Statement = [{ Effect = "Allow", Principal = { AWS = "*" }, Action = "es:*", Resource = "*" }]
  })
}

resource "aws_opensearch_domain" "fgac" {
  domain_name = "fgac"
  advanced_security_options {
    enabled                        = true
    internal_user_database_enabled = true
  }
}

resource "aws_opensearch_domain_policy" "fgac" {
  domain_name = aws_opensearch_domain.fgac.domain_name
  access_policies = jsonencode({
    Statement = [{ Effect = "Allow", Principal = { AWS = "*" }, Action = "es:ESHttp*", Resource = "*" }]
  })
}

resource "aws_opensearch_domain" "office" {
  domain_name = "office"
  access_policies = <<POLICY
{
  "Version": "2012-10-17",
  "Statement": [{"Effect": "Allow", "Principal": {"AWS": "*"}, "Action": "es:ESHttp*", "Resource": "*",
                 "Condition": {"IpAddress": {"aws:SourceIp": ["203.0.113.0/24", "198.51.100.7/32"]}}}]
}
POLICY
}

# A policy for a domain of another module: attest cannot see whether it is in a VPC.
resource "aws_opensearch_domain_policy" "shared" {
  domain_name = "shared-search"
  access_policies = jsonencode({
    Statement = [{ Effect = "Allow", Principal = { AWS = "*" }, Action = "es:*", Resource = "*" }]
  })
}
