variable "snapshot_retention" {
  type = number
}

resource "aws_redshift_cluster" "warehouse" {
  cluster_identifier                  = "warehouse"
  node_type                           = "ra3.xlplus"
  automated_snapshot_retention_period = var.snapshot_retention # expect: aws-redshift-cluster-snapshot-retention-short unknown
}
