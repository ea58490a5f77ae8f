variable "logging_enabled" {
  type = bool
}

resource "aws_redshift_cluster" "warehouse" {
  cluster_identifier = "warehouse"
  node_type          = "ra3.xlplus"
  logging {
    enable      = var.logging_enabled # expect: aws-redshift-cluster-audit-logging-disabled unknown
    bucket_name = "acme-audit"
  }
}
