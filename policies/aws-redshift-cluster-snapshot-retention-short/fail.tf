resource "aws_redshift_cluster" "default" { # expect: aws-redshift-cluster-snapshot-retention-short "`aws_redshift_cluster.default`"
  cluster_identifier = "warehouse"
  node_type          = "ra3.xlplus"
}

resource "aws_redshift_cluster" "disabled" {
  cluster_identifier                  = "scratch"
  node_type                           = "ra3.xlplus"
  automated_snapshot_retention_period = 0 # expect: aws-redshift-cluster-snapshot-retention-short
}
