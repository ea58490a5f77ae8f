resource "aws_docdb_cluster_parameter_group" "params" {
  family = "docdb5.0"
  name   = "params"

  parameter {
    name  = "tls"
    value = "enabled"
  }

  parameter {
    name  = "audit_logs"
    value = "all"
  }
}

resource "aws_docdb_cluster" "docs" {
  cluster_identifier              = "docs"
  storage_encrypted               = true
  db_cluster_parameter_group_name = aws_docdb_cluster_parameter_group.params.name
  enabled_cloudwatch_logs_exports = ["audit"]
}
