resource "aws_api_gateway_rest_api" "orders" {
  name = "orders"
}

resource "aws_api_gateway_method" "get" {
  rest_api_id   = aws_api_gateway_rest_api.orders.id
  resource_id   = aws_api_gateway_rest_api.orders.root_resource_id
  http_method   = "GET"
  authorization = "NONE" # expect: aws-api-gateway-method-unauthenticated "`aws_api_gateway_method.get` (GET)"
}

resource "aws_api_gateway_method" "any" {
  rest_api_id      = aws_api_gateway_rest_api.orders.id
  resource_id      = aws_api_gateway_rest_api.orders.root_resource_id
  http_method      = "ANY"
  authorization    = "NONE" # expect: aws-api-gateway-method-unauthenticated
  api_key_required = false
}

resource "aws_apigatewayv2_api" "http" {
  name          = "http"
  protocol_type = "HTTP"
}

# No authorization_type: NONE is the default.
resource "aws_apigatewayv2_route" "proxy" { # expect: aws-api-gateway-method-unauthenticated "`ANY /{proxy+}`"
  api_id    = aws_apigatewayv2_api.http.id
  route_key = "ANY /{proxy+}"
  target    = "integrations/${aws_apigatewayv2_integration.lambda.id}"
}

resource "aws_apigatewayv2_route" "connect" {
  api_id             = aws_apigatewayv2_api.ws.id
  route_key          = "$connect"
  authorization_type = "NONE" # expect: aws-api-gateway-method-unauthenticated "`$connect`"
}
