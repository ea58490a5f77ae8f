resource "aws_redshift_cluster" "warehouse" { # expect: aws-redshift-cluster-audit-logging-disabled "`aws_redshift_cluster.warehouse`"
  cluster_identifier = "warehouse"
  node_type          = "ra3.xlplus"
}

resource "aws_redshift_cluster" "disabled" {
  cluster_identifier = "disabled"
  node_type          = "ra3.xlplus"
  logging {
    enable = false # expect: aws-redshift-cluster-audit-logging-disabled
  }
}

# Logging configured for another cluster does not count.
resource "aws_redshift_cluster" "other" { # expect: aws-redshift-cluster-audit-logging-disabled
  cluster_identifier = "other"
  node_type          = "ra3.xlplus"
}

resource "aws_redshift_logging" "warehouse" {
  cluster_identifier   = "warehouse-by-name"
  log_destination_type = "cloudwatch"
}
