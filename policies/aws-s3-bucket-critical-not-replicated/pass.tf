resource "aws_s3_bucket" "ledger" {
  bucket = "acme-ledger"
  tags = {
    criticality = "high"
  }
}

resource "aws_s3_bucket_replication_configuration" "ledger" {
  role   = "arn:aws:iam::123456789012:role/replication"
  bucket = aws_s3_bucket.ledger.id
  rule {
    id     = "all"
    status = "Enabled"
    destination {
      bucket        = "arn:aws:s3:::acme-ledger-replica"
      storage_class = "STANDARD_IA"
    }
  }
}

resource "aws_s3_bucket" "legacy" {
  bucket = "acme-legacy"
  tags = {
    critical = "true"
  }
  replication_configuration {
    role = "arn:aws:iam::123456789012:role/replication"
    rules {
      id     = "all"
      status = "Enabled"
      destination {
        bucket = "arn:aws:s3:::acme-legacy-replica"
      }
    }
  }
}

# Not marked critical.
resource "aws_s3_bucket" "scratch" {
  bucket = "acme-scratch"
  tags = {
    criticality = "low"
  }
}
