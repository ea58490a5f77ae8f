resource "aws_emr_security_configuration" "encrypted" {
  name = "encrypted"

  configuration = jsonencode({
    EncryptionConfiguration = {
      EnableAtRestEncryption    = true
      EnableInTransitEncryption = true
      InTransitEncryptionConfiguration = {
        TLSCertificateConfiguration = {
          CertificateProviderType = "PEM"
          S3Object                = "s3://acme-emr/certs.zip"
        }
      }
      AtRestEncryptionConfiguration = {
        LocalDiskEncryptionConfiguration = {
          EncryptionKeyProviderType = "AwsKms"
          AwsKmsKey                 = "alias/emr"
          EnableEbsEncryption       = true
        }
      }
    }
  })
}
