resource "aws_docdb_cluster" "catalog" { # expect: aws-docdb-cluster-audit-logs-not-exported "`aws_docdb_cluster.catalog`"
  cluster_identifier = "catalog"
  storage_encrypted  = true
}

resource "aws_docdb_cluster" "profiler_only" {
  cluster_identifier              = "orders"
  enabled_cloudwatch_logs_exports = ["profiler"] # expect: aws-docdb-cluster-audit-logs-not-exported
}

resource "aws_docdb_cluster" "empty" {
  cluster_identifier              = "sessions"
  enabled_cloudwatch_logs_exports = [] # expect: aws-docdb-cluster-audit-logs-not-exported
}
