resource "aws_db_instance" "app" {
  engine              = "postgres"
  deletion_protection = true
}

resource "aws_rds_cluster" "aurora" {
  engine              = "aurora-postgresql"
  deletion_protection = true
}
