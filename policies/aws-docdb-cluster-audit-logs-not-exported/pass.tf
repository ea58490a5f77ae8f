variable "log_exports" {
  default = ["audit", "profiler"]
}

resource "aws_docdb_cluster" "catalog" {
  cluster_identifier              = "catalog"
  db_cluster_parameter_group_name = aws_docdb_cluster_parameter_group.audit.name
  enabled_cloudwatch_logs_exports = ["audit"]
}

resource "aws_docdb_cluster" "from_variable" {
  cluster_identifier              = "orders"
  enabled_cloudwatch_logs_exports = var.log_exports
}

resource "aws_docdb_cluster_parameter_group" "audit" {
  family = "docdb5.0"
  parameter {
    name  = "audit_logs"
    value = "enabled"
  }
}
