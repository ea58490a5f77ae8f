resource "aws_rds_cluster_parameter_group" "orders" {
  name   = "orders-aurora-pg"
  family = "aurora-postgresql16" # expect: aws-rds-instance-tls-not-required "cluster parameter group `aws_rds_cluster_parameter_group.orders`"

  parameter {
    name  = "log_min_duration_statement"
    value = "500"
  }
}

resource "aws_rds_cluster" "orders" {
  cluster_identifier              = "orders"
  engine                          = "aurora-postgresql"
  engine_version                  = "16.4"
  master_username                 = "orders"
  manage_master_user_password     = true
  db_cluster_parameter_group_name = aws_rds_cluster_parameter_group.orders.name
}

resource "aws_rds_cluster_parameter_group" "billing" {
  name   = "billing-aurora-mysql"
  family = "aurora-mysql8.0"

  parameter {
    name  = "require_secure_transport"
    value = "OFF" # expect: aws-rds-instance-tls-not-required "`aws_rds_cluster.billing`"
  }
}

resource "aws_rds_cluster" "billing" {
  cluster_identifier              = "billing"
  engine                          = "aurora-mysql"
  master_username                 = "billing"
  manage_master_user_password     = true
  db_cluster_parameter_group_name = aws_rds_cluster_parameter_group.billing.name
}
