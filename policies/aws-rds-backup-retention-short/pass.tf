variable "retention" {
  default = 14
}

resource "aws_db_instance" "app" {
  engine                  = "postgres"
  backup_retention_period = var.retention
}

resource "aws_rds_cluster" "aurora" {
  engine                  = "aurora-postgresql"
  backup_retention_period = 35
}
