resource "aws_opensearch_domain" "in_vpc" {
  domain_name = "in-vpc"
  vpc_options {
    subnet_ids         = var.private_subnet_ids
    security_group_ids = [aws_security_group.search.id]
  }
}

resource "aws_opensearch_domain" "public_with_fgac" {
  domain_name = "public"
  advanced_security_options {
    enabled                        = true
    internal_user_database_enabled = false
    master_user_options {
      master_user_arn = aws_iam_role.search_admin.arn
    }
  }
}

resource "aws_elasticsearch_domain" "legacy" {
  domain_name = "legacy"
  vpc_options {
    subnet_ids = ["subnet-0a1b2c3d"]
  }
}
