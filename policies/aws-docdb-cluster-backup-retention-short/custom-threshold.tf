# A team that must recover a month back sets `backup_retention_min_days`.
# param: backup_retention_min_days = 30

resource "aws_docdb_cluster" "two_weeks" {
  cluster_identifier      = "catalog"
  backup_retention_period = 14 # expect: aws-docdb-cluster-backup-retention-short "less than 30 days"
}

resource "aws_docdb_cluster" "month" {
  cluster_identifier      = "orders"
  backup_retention_period = 35
}
