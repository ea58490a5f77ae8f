resource "aws_emr_security_configuration" "none" { # expect: aws-emr-security-configuration-unencrypted "local disks", aws-emr-security-configuration-unencrypted "in transit"
  name = "none"

  configuration = <<EOF
{
  "EncryptionConfiguration": {
    "EnableInTransitEncryption": false,
    "EnableAtRestEncryption": false
  }
}
EOF
}

resource "aws_emr_security_configuration" "no_ebs" {
  name = "no-ebs"

  configuration = jsonencode({
    EncryptionConfiguration = {
      EnableAtRestEncryption    = true
      EnableInTransitEncryption = true
      AtRestEncryptionConfiguration = {
        LocalDiskEncryptionConfiguration = { # expect: aws-emr-security-configuration-unencrypted "EBS volumes"
          EncryptionKeyProviderType = "AwsKms"
          AwsKmsKey                 = "alias/emr"
        }
      }
    }
  })
}
