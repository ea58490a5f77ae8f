resource "aws_api_gateway_rest_api" "orders" {
  name = "orders"
  endpoint_configuration {
    types = ["REGIONAL"]
  }
}

resource "aws_api_gateway_stage" "prod" { # expect: aws-api-gateway-stage-without-waf "`aws_api_gateway_stage.prod`"
  rest_api_id   = aws_api_gateway_rest_api.orders.id
  deployment_id = aws_api_gateway_deployment.orders.id
  stage_name    = "prod"
}

# An association for another stage does not count.
resource "aws_wafv2_web_acl_association" "other" {
  resource_arn = aws_api_gateway_stage.other.arn
  web_acl_arn  = aws_wafv2_web_acl.api.arn
}
