resource "aws_api_gateway_stage" "prod" {
  rest_api_id           = aws_api_gateway_rest_api.api.id
  deployment_id         = aws_api_gateway_deployment.api.id
  stage_name            = "prod"
  cache_cluster_enabled = true
  cache_cluster_size    = "0.5"
}

resource "aws_api_gateway_method_settings" "prod" {
  rest_api_id = aws_api_gateway_rest_api.api.id
  stage_name  = aws_api_gateway_stage.prod.stage_name
  method_path = "*/*"

  settings { # expect: aws-api-gateway-cache-unencrypted "`aws_api_gateway_method_settings.prod`"
    caching_enabled = true
  }
}

# A cache cluster whose method settings say nothing about caching: GET
# responses are cached, unencrypted.
resource "aws_api_gateway_stage" "dev" { # expect: aws-api-gateway-cache-unencrypted "`aws_api_gateway_stage.dev` has a cache cluster"
  rest_api_id           = aws_api_gateway_rest_api.api.id
  deployment_id         = aws_api_gateway_deployment.api.id
  stage_name            = "dev"
  cache_cluster_enabled = true
  cache_cluster_size    = "0.5"
}

resource "aws_api_gateway_method_settings" "dev" {
  rest_api_id = aws_api_gateway_rest_api.api.id
  stage_name  = aws_api_gateway_stage.dev.stage_name
  method_path = "*/*"

  settings {
    logging_level = "ERROR"
  }
}
