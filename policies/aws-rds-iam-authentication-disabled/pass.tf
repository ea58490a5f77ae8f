variable "iam_auth" {
  type    = bool
  default = true
}

resource "aws_db_instance" "orders" {
  engine                              = "postgres"
  instance_class                      = "db.t4g.medium"
  allocated_storage                   = 20
  iam_database_authentication_enabled = var.iam_auth
}

resource "aws_db_instance" "erp" {
  engine         = "oracle-ee"
  instance_class = "db.m5.large"
  license_model  = "bring-your-own-license"
}

resource "aws_rds_cluster" "analytics" {
  cluster_identifier                  = "analytics"
  engine                              = "aurora-postgresql"
  iam_database_authentication_enabled = true
}

resource "aws_rds_cluster_instance" "analytics" {
  cluster_identifier = aws_rds_cluster.analytics.id
  engine             = aws_rds_cluster.analytics.engine
  instance_class     = "db.r6g.large"
}
