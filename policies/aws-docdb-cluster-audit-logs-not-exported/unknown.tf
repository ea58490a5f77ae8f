variable "log_exports" {
  type = list(string)
}

resource "aws_docdb_cluster" "catalog" {
  cluster_identifier              = "catalog"
  enabled_cloudwatch_logs_exports = var.log_exports # expect: aws-docdb-cluster-audit-logs-not-exported unknown
}
