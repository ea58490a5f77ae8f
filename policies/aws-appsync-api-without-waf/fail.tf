resource "aws_appsync_graphql_api" "orders" { # expect: aws-appsync-api-without-waf
  name                = "orders"
  authentication_type = "API_KEY"
}

resource "aws_appsync_graphql_api" "global" { # expect: aws-appsync-api-without-waf
  name                = "global"
  authentication_type = "AWS_IAM"
  visibility          = "GLOBAL"
}
