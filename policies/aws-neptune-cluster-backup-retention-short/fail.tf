resource "aws_neptune_cluster" "graph" { # expect: aws-neptune-cluster-backup-retention-short "`aws_neptune_cluster.graph`"
  cluster_identifier = "graph"
}

resource "aws_neptune_cluster" "day" {
  cluster_identifier      = "orders"
  backup_retention_period = 1 # expect: aws-neptune-cluster-backup-retention-short
}
