# A module that only publishes parameter groups for other stacks' databases.
resource "aws_rds_cluster_parameter_group" "legacy_clients" {
  name   = "aurora-mysql-legacy-clients"
  family = "aurora-mysql8.0"

  parameter {
    name  = "require_secure_transport"
    value = "OFF" # expect: aws-rds-instance-tls-not-required "parameter group `aws_rds_cluster_parameter_group.legacy_clients`"
  }
}

resource "aws_db_parameter_group" "reporting" {
  name   = "postgres14-reporting"
  family = "postgres14"

  parameter {
    name  = "rds.force_ssl"
    value = "0" # expect: aws-rds-instance-tls-not-required "`rds.force_ssl` to `0`"
  }
}
