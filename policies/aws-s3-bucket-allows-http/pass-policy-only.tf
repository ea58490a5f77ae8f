resource "aws_s3_bucket_policy" "reports" {
  bucket = "acme-quarterly-reports"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Sid       = "TlsOnly"
      Effect    = "Deny"
      Principal = "*"
      Action    = "s3:*"
      Resource  = ["arn:aws:s3:::acme-quarterly-reports", "arn:aws:s3:::acme-quarterly-reports/*"]
      Condition = { Bool = { "aws:SecureTransport" = "false" } }
    }]
  })
}
