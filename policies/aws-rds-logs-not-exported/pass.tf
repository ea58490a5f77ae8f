variable "logs" {
  default = ["postgresql", "upgrade"]
}

resource "aws_db_instance" "app" {
  engine                          = "postgres"
  enabled_cloudwatch_logs_exports = var.logs
}

resource "aws_rds_cluster" "aurora" {
  engine                          = "aurora-mysql"
  enabled_cloudwatch_logs_exports = ["audit", "error"]
}
