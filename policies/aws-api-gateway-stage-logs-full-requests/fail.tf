resource "aws_api_gateway_method_settings" "all" {
  rest_api_id = aws_api_gateway_rest_api.api.id
  stage_name  = aws_api_gateway_stage.prod.stage_name
  method_path = "*/*"

  settings {
    logging_level      = "INFO"
    data_trace_enabled = true # expect: aws-api-gateway-stage-logs-full-requests "`aws_api_gateway_method_settings.all`"
  }
}

resource "aws_apigatewayv2_stage" "ws" {
  api_id = aws_apigatewayv2_api.ws.id
  name   = "prod"

  default_route_settings {
    logging_level      = "INFO"
    data_trace_enabled = true # expect: aws-api-gateway-stage-logs-full-requests "`aws_apigatewayv2_stage.ws` logs"
  }

  route_settings {
    route_key          = "sendmessage"
    data_trace_enabled = true # expect: aws-api-gateway-stage-logs-full-requests "route `sendmessage`"
  }
}
