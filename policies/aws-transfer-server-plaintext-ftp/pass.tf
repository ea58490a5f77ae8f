resource "aws_transfer_server" "default" {
  identity_provider_type = "SERVICE_MANAGED"
}

resource "aws_transfer_server" "secure" {
  endpoint_type          = "VPC"
  identity_provider_type = "API_GATEWAY"
  url                    = "https://example.execute-api.eu-west-1.amazonaws.com/prod"
  invocation_role        = "arn:aws:iam::123456789012:role/transfer-idp"
  certificate            = "arn:aws:acm:eu-west-1:123456789012:certificate/0123abcd-0123-0123-0123-0123456789ab"
  protocols              = ["SFTP", "FTPS"]

  endpoint_details {
    vpc_id     = "vpc-0123456789abcdef0"
    subnet_ids = ["subnet-0123456789abcdef0"]
  }
}
