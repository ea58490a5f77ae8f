# A team that must recover a month back sets `backup_retention_min_days`.
# param: backup_retention_min_days = 30

resource "aws_neptune_cluster" "two_weeks" {
  cluster_identifier      = "graph"
  backup_retention_period = 14 # expect: aws-neptune-cluster-backup-retention-short "less than 30 days"
}

resource "aws_neptune_cluster" "month" {
  cluster_identifier      = "orders"
  backup_retention_period = 35
}
