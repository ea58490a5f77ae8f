resource "aws_transfer_server" "default" { # expect: aws-transfer-server-tls-outdated "TransferSecurityPolicy-2018-11"
  identity_provider_type = "SERVICE_MANAGED"
}

resource "aws_transfer_server" "old" {
  protocols            = ["SFTP"]
  security_policy_name = "TransferSecurityPolicy-2018-11" # expect: aws-transfer-server-tls-outdated
}
