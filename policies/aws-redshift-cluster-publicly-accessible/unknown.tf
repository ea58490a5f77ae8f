variable "publicly_accessible" {
  type = bool
}

resource "aws_redshift_cluster" "warehouse" {
  cluster_identifier  = "warehouse"
  node_type           = "ra3.xlplus"
  publicly_accessible = var.publicly_accessible # expect: aws-redshift-cluster-publicly-accessible unknown
}
