variable "snapshot_retention" {
  default = 14
}

resource "aws_redshift_cluster" "warehouse" {
  cluster_identifier                  = "warehouse"
  node_type                           = "ra3.xlplus"
  automated_snapshot_retention_period = 35
}

resource "aws_redshift_cluster" "from_variable" {
  cluster_identifier                  = "staging"
  node_type                           = "ra3.xlplus"
  automated_snapshot_retention_period = var.snapshot_retention
}
