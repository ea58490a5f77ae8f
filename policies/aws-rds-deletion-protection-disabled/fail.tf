resource "aws_db_instance" "app" { # expect: aws-rds-deletion-protection-disabled
  engine = "postgres"
}

resource "aws_rds_cluster" "aurora" {
  engine              = "aurora-postgresql"
  deletion_protection = false # expect: aws-rds-deletion-protection-disabled
}
