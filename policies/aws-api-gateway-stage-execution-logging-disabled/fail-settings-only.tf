# The API and its stages belong to another module; this one tunes the stages.
variable "rest_api_id" {
  type    = string
  default = "a1b2c3d4e5"
}

resource "aws_api_gateway_method_settings" "live" {
  rest_api_id = var.rest_api_id
  stage_name  = "live"
  method_path = "*/*"

  settings { # expect: aws-api-gateway-stage-execution-logging-disabled "method settings `aws_api_gateway_method_settings.live`"
    metrics_enabled        = true
    logging_level          = "OFF"
    throttling_rate_limit  = 200
    throttling_burst_limit = 100
  }
}
