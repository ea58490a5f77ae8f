resource "aws_transfer_server" "sftp" {
  identity_provider_type = "SERVICE_MANAGED"
  security_policy_name   = "TransferSecurityPolicy-2024-01"
}

resource "aws_transfer_server" "restricted" {
  protocols            = ["SFTP"]
  security_policy_name = "TransferSecurityPolicy-Restricted-2020-06"
}

resource "aws_transfer_server" "fips" {
  protocols            = ["SFTP", "FTPS"]
  certificate          = "arn:aws:acm:eu-west-1:123456789012:certificate/0123abcd-0123-0123-0123-0123456789ab"
  security_policy_name = "TransferSecurityPolicy-FIPS-2023-05"
}

resource "aws_transfer_server" "pq" {
  security_policy_name = "TransferSecurityPolicy-PQ-SSH-FIPS-Experimental-2023-04"
}

resource "aws_transfer_server" "as2" {
  protocols     = ["AS2"]
  endpoint_type = "VPC"
}
