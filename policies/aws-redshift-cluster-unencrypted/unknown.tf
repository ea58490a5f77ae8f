variable "encrypted" {
  type = bool
}

resource "aws_redshift_cluster" "warehouse" {
  cluster_identifier = "warehouse"
  node_type          = "ra3.xlplus"
  encrypted          = var.encrypted # expect: aws-redshift-cluster-unencrypted unknown
}
