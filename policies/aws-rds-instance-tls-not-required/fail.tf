resource "aws_db_instance" "legacy" { # expect: aws-rds-instance-tls-not-required "`aws_db_instance.legacy` accepts connections without TLS: it uses the default parameter group"
  identifier        = "legacy"
  engine            = "postgres"
  engine_version    = "14.12"
  instance_class    = "db.t4g.medium"
  allocated_storage = 20
}

resource "aws_db_parameter_group" "orders" {
  name   = "orders"
  family = "mysql8.0"

  parameter {
    name  = "require_secure_transport"
    value = "0" # expect: aws-rds-instance-tls-not-required "its parameter group `aws_db_parameter_group.orders` does not set `require_secure_transport` to 1"
  }
}

resource "aws_db_instance" "orders" {
  identifier           = "orders"
  engine               = "mysql"
  engine_version       = "8.0.39"
  instance_class       = "db.t4g.medium"
  allocated_storage    = 20
  parameter_group_name = aws_db_parameter_group.orders.name
}

resource "aws_db_parameter_group" "erp" {
  name   = "erp"
  family = "sqlserver-se-16.0" # expect: aws-rds-instance-tls-not-required "`rds.force_ssl`"

  parameter {
    name  = "max degree of parallelism"
    value = "4"
  }
}

resource "aws_db_instance" "erp" {
  identifier           = "erp"
  engine               = "sqlserver-se"
  license_model        = "license-included"
  instance_class       = "db.m6i.large"
  allocated_storage    = 100
  parameter_group_name = aws_db_parameter_group.erp.name
}
