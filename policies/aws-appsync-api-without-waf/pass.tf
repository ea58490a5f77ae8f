resource "aws_appsync_graphql_api" "orders" {
  name                = "orders"
  authentication_type = "AMAZON_COGNITO_USER_POOLS"

  user_pool_config {
    user_pool_id   = "eu-west-1_AbCdEfGhI"
    aws_region     = "eu-west-1"
    default_action = "ALLOW"
  }
}

resource "aws_wafv2_web_acl" "api" {
  name  = "orders-api"
  scope = "REGIONAL"

  default_action {
    allow {}
  }

  visibility_config {
    cloudwatch_metrics_enabled = true
    metric_name                = "orders-api"
    sampled_requests_enabled   = true
  }
}

resource "aws_wafv2_web_acl_association" "orders" {
  resource_arn = aws_appsync_graphql_api.orders.arn
  web_acl_arn  = aws_wafv2_web_acl.api.arn
}

resource "aws_appsync_graphql_api" "internal" {
  name                = "internal"
  authentication_type = "AWS_IAM"
  visibility          = "PRIVATE"
}
