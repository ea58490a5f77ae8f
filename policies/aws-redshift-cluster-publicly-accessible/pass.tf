variable "publicly_accessible" {
  type    = bool
  default = false
}

resource "aws_redshift_cluster" "warehouse" {
  cluster_identifier  = "warehouse"
  node_type           = "ra3.xlplus"
  publicly_accessible = false
}

resource "aws_redshift_cluster" "from_variable" {
  cluster_identifier  = "staging"
  node_type           = "ra3.xlplus"
  publicly_accessible = var.publicly_accessible
}
