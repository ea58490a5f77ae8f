resource "aws_neptune_cluster" "graph" { # expect: aws-neptune-cluster-audit-logs-not-exported "`aws_neptune_cluster.graph`"
  cluster_identifier = "graph"
}

resource "aws_neptune_cluster" "slow_only" {
  cluster_identifier             = "staging"
  enable_cloudwatch_logs_exports = ["slowquery"] # expect: aws-neptune-cluster-audit-logs-not-exported
}
