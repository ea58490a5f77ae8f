variable "authorization" {
  type = string
}

resource "aws_api_gateway_method" "from_variable" {
  rest_api_id   = "abc123"
  resource_id   = "def456"
  http_method   = "GET"
  authorization = var.authorization # expect: aws-api-gateway-method-unauthenticated unknown
}
