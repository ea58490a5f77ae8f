resource "aws_redshift_cluster" "warehouse" { # expect: aws-redshift-cluster-unencrypted "`aws_redshift_cluster.warehouse`"
  cluster_identifier     = "warehouse"
  node_type              = "ra3.xlplus"
  number_of_nodes        = 2
  master_username        = "admin"
  manage_master_password = true
}

variable "encrypted" {
  default = false
}

resource "aws_redshift_cluster" "from_variable" {
  cluster_identifier = "staging"
  node_type          = "ra3.xlplus"
  encrypted          = var.encrypted # expect: aws-redshift-cluster-unencrypted
}
