resource "aws_dms_replication_instance" "migration" {
  replication_instance_id    = "migration"
  replication_instance_class = "dms.t3.medium"
  publicly_accessible        = false
  auto_minor_version_upgrade = false # expect: aws-dms-replication-instance-auto-minor-upgrade-disabled "`aws_dms_replication_instance.migration`"
}
