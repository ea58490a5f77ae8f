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

# A replica inherits its engine from its source: attest cannot tell which
# default parameter group applies, and says so without naming a parameter.
variable "replica_engine" {
  type = string
}

resource "aws_db_instance" "replica" { # expect: aws-rds-instance-tls-not-required unknown "where most engines do not require TLS"
  identifier          = "orders-replica"
  instance_class      = "db.t4g.medium"
  engine              = var.replica_engine
  replicate_source_db = "orders"
}
