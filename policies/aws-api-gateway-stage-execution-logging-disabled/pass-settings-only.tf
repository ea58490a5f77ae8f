variable "rest_api_id" {
  type    = string
  default = "a1b2c3d4e5"
}

resource "aws_api_gateway_method_settings" "live" {
  rest_api_id = var.rest_api_id
  stage_name  = "live"
  method_path = "*/*"

  settings {
    logging_level = "ERROR"
  }
}

# Settings of one method only: the stage's default is set elsewhere.
resource "aws_api_gateway_method_settings" "health" {
  rest_api_id = var.rest_api_id
  stage_name  = "live"
  method_path = "health/GET"

  settings {
    logging_level = "OFF"
  }
}
