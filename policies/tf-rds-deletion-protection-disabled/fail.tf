resource "aws_db_instance" "app" { # expect: tf-rds-deletion-protection-disabled
  engine = "postgres"
}

resource "aws_rds_cluster" "aurora" {
  engine              = "aurora-postgresql"
  deletion_protection = false # expect: tf-rds-deletion-protection-disabled
}
