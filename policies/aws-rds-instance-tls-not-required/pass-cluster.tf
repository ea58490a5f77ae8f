resource "aws_rds_cluster_parameter_group" "orders" {
  name   = "orders-aurora-pg"
  family = "aurora-postgresql16"

  parameter {
    name  = "rds.force_ssl"
    value = "1"
  }
}

resource "aws_rds_cluster" "orders" {
  cluster_identifier              = "orders"
  engine                          = "aurora-postgresql"
  master_username                 = "orders"
  manage_master_user_password     = true
  db_cluster_parameter_group_name = aws_rds_cluster_parameter_group.orders.name
}

resource "aws_rds_cluster_parameter_group" "billing" {
  name   = "billing-aurora-mysql"
  family = "aurora-mysql8.0"

  parameter {
    name  = "require_secure_transport"
    value = "ON"
  }
}

resource "aws_rds_cluster" "billing" {
  cluster_identifier              = "billing"
  engine                          = "aurora-mysql"
  master_username                 = "billing"
  manage_master_user_password     = true
  db_cluster_parameter_group_name = aws_rds_cluster_parameter_group.billing.name
}

# A shared cluster parameter group, declared elsewhere, is not checked.
resource "aws_rds_cluster" "reports" {
  cluster_identifier              = "reports"
  engine                          = "aurora-postgresql"
  master_username                 = "reports"
  manage_master_user_password     = true
  db_cluster_parameter_group_name = "shared-aurora-pg16"
}
