variable "share_with" {
  type = list(string)
}

resource "aws_db_cluster_snapshot" "from_input" {
  db_cluster_identifier          = "aurora"
  db_cluster_snapshot_identifier = "aurora-release"
  shared_accounts                = var.share_with # expect: aws-rds-snapshot-public unknown
}
