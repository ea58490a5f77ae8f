resource "aws_db_instance" "app" { # expect: aws-rds-backup-retention-short
  engine = "postgres"
}

resource "aws_rds_cluster" "aurora" {
  engine                  = "aurora-postgresql"
  backup_retention_period = 1 # expect: aws-rds-backup-retention-short
}
