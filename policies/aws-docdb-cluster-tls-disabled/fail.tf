resource "aws_docdb_cluster_parameter_group" "plaintext" {
  family = "docdb5.0"
  name   = "plaintext"

  parameter {
    name  = "tls"
    value = "disabled" # expect: aws-docdb-cluster-tls-disabled "`aws_docdb_cluster_parameter_group.plaintext`"
  }
}
