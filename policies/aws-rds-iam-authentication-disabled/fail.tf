resource "aws_db_instance" "orders" { # expect: aws-rds-iam-authentication-disabled "`aws_db_instance.orders` (mysql)"
  engine            = "mysql"
  instance_class    = "db.t4g.medium"
  allocated_storage = 20
  storage_encrypted = true
}

resource "aws_db_instance" "billing" {
  engine                              = "postgres"
  instance_class                      = "db.t4g.medium"
  allocated_storage                   = 20
  iam_database_authentication_enabled = false # expect: aws-rds-iam-authentication-disabled "`aws_db_instance.billing`"
}

# Without `engine`, a cluster is Aurora MySQL.
resource "aws_rds_cluster" "legacy" { # expect: aws-rds-iam-authentication-disabled "`aws_rds_cluster.legacy` (aurora)"
  cluster_identifier = "legacy"
  storage_encrypted  = true
}
