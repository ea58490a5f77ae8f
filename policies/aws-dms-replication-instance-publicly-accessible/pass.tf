variable "publicly_accessible" {
  default = false
}

resource "aws_dms_replication_instance" "migration" {
  replication_instance_id     = "migration"
  replication_instance_class  = "dms.t3.medium"
  publicly_accessible         = false
  replication_subnet_group_id = aws_dms_replication_subnet_group.private.id
}

resource "aws_dms_replication_instance" "from_variable" {
  replication_instance_id    = "staging"
  replication_instance_class = "dms.t3.medium"
  publicly_accessible        = var.publicly_accessible
}
