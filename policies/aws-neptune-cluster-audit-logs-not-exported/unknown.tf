variable "log_exports" {
  type = list(string)
}

resource "aws_neptune_cluster" "graph" {
  cluster_identifier             = "graph"
  enable_cloudwatch_logs_exports = var.log_exports # expect: aws-neptune-cluster-audit-logs-not-exported unknown
}
