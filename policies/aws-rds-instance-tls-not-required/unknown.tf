variable "engine_version" {
  type = string
}

resource "aws_db_instance" "from_input" { # expect: aws-rds-instance-tls-not-required unknown
  identifier        = "app"
  engine            = "mysql"
  engine_version    = var.engine_version
  instance_class    = "db.t4g.medium"
  allocated_storage = 20
}
