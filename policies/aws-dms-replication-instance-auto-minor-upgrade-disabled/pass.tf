variable "auto_upgrade" {
  default = true
}

resource "aws_dms_replication_instance" "migration" {
  replication_instance_id    = "migration"
  replication_instance_class = "dms.t3.medium"
  publicly_accessible        = false
  auto_minor_version_upgrade = var.auto_upgrade
}

resource "aws_dms_replication_instance" "cdc" {
  replication_instance_id    = "cdc"
  replication_instance_class = "dms.r5.large"
  publicly_accessible        = false
}
