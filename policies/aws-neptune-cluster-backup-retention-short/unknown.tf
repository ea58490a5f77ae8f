variable "backup_retention" {
  type = number
}

resource "aws_neptune_cluster" "graph" {
  cluster_identifier      = "graph"
  backup_retention_period = var.backup_retention # expect: aws-neptune-cluster-backup-retention-short unknown
}
