resource "aws_api_gateway_domain_name" "legacy" {
  domain_name              = "api.example.com"
  regional_certificate_arn = aws_acm_certificate.api.arn
  security_policy          = "TLS_1_0" # expect: aws-api-gateway-domain-tls-outdated "`aws_api_gateway_domain_name.legacy`"

  endpoint_configuration {
    types = ["REGIONAL"]
  }
}

resource "aws_api_gateway_domain_name" "unset" { # expect: aws-api-gateway-domain-tls-outdated "no `security_policy`: API Gateway's default accepts TLS 1.0"
  domain_name     = "edge.example.com"
  certificate_arn = aws_acm_certificate.edge.arn
}

resource "aws_apigatewayv2_domain_name" "http" {
  domain_name = "http.example.com"

  domain_name_configuration {
    certificate_arn = aws_acm_certificate.http.arn
    endpoint_type   = "REGIONAL"
    security_policy = "TLS_1_0" # expect: aws-api-gateway-domain-tls-outdated
  }
}
