# AWS provider v5.x and later: a separate resource.
resource "aws_redshift_cluster" "warehouse" {
  cluster_identifier = "warehouse"
  node_type          = "ra3.xlplus"
}

resource "aws_redshift_logging" "warehouse" {
  cluster_identifier   = aws_redshift_cluster.warehouse.id
  log_destination_type = "cloudwatch"
  log_exports          = ["connectionlog", "userlog", "useractivitylog"]
}

# AWS provider before v6: the inline block.
resource "aws_redshift_cluster" "legacy" {
  cluster_identifier = "legacy"
  node_type          = "ra3.xlplus"
  logging {
    enable        = true
    bucket_name   = aws_s3_bucket.audit.id
    s3_key_prefix = "redshift/"
  }
}

resource "aws_s3_bucket" "audit" {
  bucket = "acme-redshift-audit"
}
