variable "protocols" {
  type    = list(string)
  default = ["FTP"]
}

resource "aws_transfer_server" "legacy" {
  endpoint_type          = "VPC"
  identity_provider_type = "API_GATEWAY"
  url                    = "https://example.execute-api.eu-west-1.amazonaws.com/prod"
  invocation_role        = "arn:aws:iam::123456789012:role/transfer-idp"
  protocols              = var.protocols # expect: aws-transfer-server-plaintext-ftp "`aws_transfer_server.legacy`"

  endpoint_details {
    vpc_id     = "vpc-0123456789abcdef0"
    subnet_ids = ["subnet-0123456789abcdef0"]
  }
}
