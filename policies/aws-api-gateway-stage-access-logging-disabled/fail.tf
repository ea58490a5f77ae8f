resource "aws_api_gateway_stage" "prod" { # expect: aws-api-gateway-stage-access-logging-disabled "`aws_api_gateway_stage.prod`"
  rest_api_id   = aws_api_gateway_rest_api.api.id
  deployment_id = aws_api_gateway_deployment.api.id
  stage_name    = "prod"
}

resource "aws_apigatewayv2_stage" "default" {
  api_id      = aws_apigatewayv2_api.http.id
  name        = "$default"
  auto_deploy = true
  # expect: aws-api-gateway-stage-access-logging-disabled "`aws_apigatewayv2_stage.default`"
  access_log_settings {
    format = "$context.requestId"
  }
}

resource "aws_api_gateway_deployment" "api" {
  rest_api_id = aws_api_gateway_rest_api.api.id
  stage_name  = "v1" # expect: aws-api-gateway-stage-access-logging-disabled "stage `v1`"
}
