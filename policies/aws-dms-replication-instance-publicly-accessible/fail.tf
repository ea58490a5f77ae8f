resource "aws_dms_replication_instance" "migration" { # expect: aws-dms-replication-instance-publicly-accessible "`aws_dms_replication_instance.migration`"
  replication_instance_id    = "migration"
  replication_instance_class = "dms.t3.medium"
}

resource "aws_dms_replication_instance" "public" {
  replication_instance_id    = "public"
  replication_instance_class = "dms.t3.medium"
  publicly_accessible        = true # expect: aws-dms-replication-instance-publicly-accessible
}
