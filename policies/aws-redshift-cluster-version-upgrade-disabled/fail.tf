resource "aws_redshift_cluster" "warehouse" {
  cluster_identifier     = "warehouse"
  node_type              = "ra3.xlplus"
  number_of_nodes        = 2
  master_username        = "admin"
  manage_master_password = true
  allow_version_upgrade  = false # expect: aws-redshift-cluster-version-upgrade-disabled "`aws_redshift_cluster.warehouse`"
}
