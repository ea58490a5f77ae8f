resource "aws_api_gateway_stage" "prod" { # expect: aws-api-gateway-stage-execution-logging-disabled "`aws_api_gateway_stage.prod`"
  rest_api_id   = aws_api_gateway_rest_api.api.id
  deployment_id = aws_api_gateway_deployment.api.id
  stage_name    = "prod"
}

resource "aws_api_gateway_method_settings" "prod" {
  rest_api_id = aws_api_gateway_rest_api.api.id
  stage_name  = aws_api_gateway_stage.prod.stage_name
  method_path = "*/*"

  settings {
    metrics_enabled = true
    logging_level   = "OFF"
  }
}

# Settings for another stage do not count.
resource "aws_api_gateway_stage" "dev" { # expect: aws-api-gateway-stage-execution-logging-disabled "`aws_api_gateway_stage.dev`"
  rest_api_id   = aws_api_gateway_rest_api.api.id
  deployment_id = aws_api_gateway_deployment.api.id
  stage_name    = "dev"
}

resource "aws_api_gateway_method_settings" "staging" {
  rest_api_id = aws_api_gateway_rest_api.api.id
  stage_name  = "staging"
  method_path = "*/*"

  settings {
    logging_level = "INFO"
  }
}
