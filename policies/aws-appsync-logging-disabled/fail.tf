resource "aws_appsync_graphql_api" "orders" { # expect: aws-appsync-logging-disabled "`aws_appsync_graphql_api.orders`"
  name                = "orders"
  authentication_type = "AWS_IAM"
}
