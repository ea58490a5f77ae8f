resource "aws_db_snapshot" "release" {
  db_instance_identifier = "app"
  db_snapshot_identifier = "app-release"
  shared_accounts        = ["all"] # expect: aws-rds-snapshot-public "`aws_db_snapshot.release`"
}

variable "share_with" {
  type    = list(string)
  default = ["123456789012", "all"]
}

resource "aws_db_snapshot_copy" "copy" {
  source_db_snapshot_identifier = "arn:aws:rds:eu-west-1:123456789012:snapshot:app-release"
  target_db_snapshot_identifier = "app-release-copy"
  shared_accounts               = var.share_with # expect: aws-rds-snapshot-public
}

resource "aws_db_cluster_snapshot" "aurora" {
  db_cluster_identifier          = "aurora"
  db_cluster_snapshot_identifier = "aurora-release"
  shared_accounts                = ["all"] # expect: aws-rds-snapshot-public
}
