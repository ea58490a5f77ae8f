resource "aws_docdb_cluster" "catalog" { # expect: aws-docdb-cluster-backup-retention-short "`aws_docdb_cluster.catalog`"
  cluster_identifier = "catalog"
}

resource "aws_docdb_cluster" "day" {
  cluster_identifier      = "orders"
  backup_retention_period = 1 # expect: aws-docdb-cluster-backup-retention-short
}
