resource "aws_docdb_cluster_parameter_group" "audit" {
  family = "docdb5.0"
  name   = "audit"

  parameter {
    name  = "audit_logs"
    value = "enabled"
  }
}

resource "aws_docdb_cluster_parameter_group" "strict" {
  family = "docdb5.0"
  name   = "strict"

  parameter {
    name  = "tls"
    value = "tls1.2+"
  }
}
