variable "auto_minor_version_upgrade" {
  type    = bool
  default = true
}

resource "aws_db_instance" "orders" {
  engine         = "postgres"
  instance_class = "db.t4g.medium"
}

resource "aws_db_instance" "catalog" {
  engine                     = "mysql"
  instance_class             = "db.t4g.medium"
  auto_minor_version_upgrade = var.auto_minor_version_upgrade
}

resource "aws_rds_cluster" "analytics" {
  cluster_identifier = "analytics"
  engine             = "aurora-postgresql"
}

resource "aws_rds_cluster_instance" "analytics" {
  cluster_identifier         = aws_rds_cluster.analytics.id
  engine                     = aws_rds_cluster.analytics.engine
  instance_class             = "db.r6g.large"
  auto_minor_version_upgrade = true
}

resource "aws_rds_cluster_parameter_group" "analytics" {
  name   = "analytics"
  family = "aurora-postgresql15"
}
