resource "aws_db_instance" "orders" {
  engine                     = "mysql"
  instance_class             = "db.t4g.medium"
  auto_minor_version_upgrade = false # expect: aws-rds-auto-minor-version-upgrade-disabled "`aws_db_instance.orders`"
}

resource "aws_rds_cluster" "analytics" {
  cluster_identifier = "analytics"
  engine             = "aurora-postgresql"
}

resource "aws_rds_cluster_instance" "analytics" {
  cluster_identifier         = aws_rds_cluster.analytics.id
  engine                     = aws_rds_cluster.analytics.engine
  instance_class             = "db.r6g.large"
  auto_minor_version_upgrade = false # expect: aws-rds-auto-minor-version-upgrade-disabled "`aws_rds_cluster_instance.analytics`"
}
