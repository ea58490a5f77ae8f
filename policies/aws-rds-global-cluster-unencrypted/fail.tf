resource "aws_rds_global_cluster" "orders" { # expect: aws-rds-global-cluster-unencrypted "`aws_rds_global_cluster.orders`"
  global_cluster_identifier = "orders"
  engine                    = "aurora-postgresql"
  engine_version            = "16.4"
  database_name             = "orders"
}

resource "aws_rds_global_cluster" "explicit" {
  global_cluster_identifier = "catalog"
  engine                    = "aurora-mysql"
  storage_encrypted         = false # expect: aws-rds-global-cluster-unencrypted
}
