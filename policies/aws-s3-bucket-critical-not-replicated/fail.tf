resource "aws_s3_bucket" "ledger" { # expect: aws-s3-bucket-critical-not-replicated "critical bucket `aws_s3_bucket.ledger` is not replicated"
  bucket = "acme-ledger"
  tags = {
    criticality = "High"
  }
}

resource "aws_s3_bucket" "invoices" { # expect: aws-s3-bucket-critical-not-replicated
  bucket = "acme-invoices"
  tags = {
    critical = "true"
  }
}

resource "aws_s3_bucket_replication_configuration" "invoices" {
  role   = "arn:aws:iam::123456789012:role/replication"
  bucket = aws_s3_bucket.invoices.id
  rule {
    id     = "all"
    status = "Disabled"
    destination {
      bucket = "arn:aws:s3:::acme-invoices-replica"
    }
  }
}
