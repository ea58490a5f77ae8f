resource "aws_db_instance" "app" { # expect: aws-rds-logs-not-exported
  engine = "postgres"
}

resource "aws_rds_cluster" "aurora" {
  engine                          = "aurora-mysql"
  enabled_cloudwatch_logs_exports = [] # expect: aws-rds-logs-not-exported
}
