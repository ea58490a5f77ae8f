resource "aws_rds_cluster_parameter_group" "strict" {
  name   = "aurora-mysql-strict"
  family = "aurora-mysql8.0"

  parameter {
    name  = "require_secure_transport"
    value = "ON"
  }
}

# Silent about TLS: what its databases get depends on their engine version.
resource "aws_db_parameter_group" "tuning" {
  name   = "postgres16-tuning"
  family = "postgres16"

  parameter {
    name  = "work_mem"
    value = "65536"
  }
}

# Oracle takes TLS from option groups.
resource "aws_db_parameter_group" "oracle" {
  name   = "oracle-ee-19"
  family = "oracle-ee-19"
}
