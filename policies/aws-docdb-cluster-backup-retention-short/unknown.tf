variable "backup_retention" {
  type = number
}

resource "aws_docdb_cluster" "catalog" {
  cluster_identifier      = "catalog"
  backup_retention_period = var.backup_retention # expect: aws-docdb-cluster-backup-retention-short unknown
}
