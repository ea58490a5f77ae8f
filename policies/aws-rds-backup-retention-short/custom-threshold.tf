# A team that must recover a month back sets `backup_retention_min_days`.
# param: backup_retention_min_days = 30

resource "aws_db_instance" "two_weeks" {
  engine                  = "postgres"
  backup_retention_period = 14 # expect: aws-rds-backup-retention-short "less than 30"
}

resource "aws_rds_cluster" "aurora" {
  engine                  = "aurora-postgresql"
  backup_retention_period = 35
}
