resource "aws_rds_global_cluster" "orders" {
  global_cluster_identifier = "orders"
  engine                    = "aurora-postgresql"
  storage_encrypted         = true
}

resource "aws_rds_cluster" "primary" {
  cluster_identifier          = "catalog-primary"
  engine                      = "aurora-mysql"
  storage_encrypted           = true
  master_username             = "admin"
  manage_master_user_password = true
}

resource "aws_rds_global_cluster" "from_cluster" {
  global_cluster_identifier    = "catalog"
  force_destroy                = true
  source_db_cluster_identifier = aws_rds_cluster.primary.arn
}
