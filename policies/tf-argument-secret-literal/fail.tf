resource "aws_db_instance" "default" {
  engine   = "mysql"
  username = "admin"
  password = "Aa1234321Bb" # expect: tf-argument-secret-literal "sets `password`"
}

variable "master_password" {
  type      = string
  sensitive = true
  default   = "UberSecretPassword"
}

# A variable's default is in the repository too.
resource "aws_rds_cluster" "aurora" {
  engine          = "aurora-postgresql"
  master_username = "admin"
  master_password = var.master_password # expect: tf-argument-secret-literal "`master_password`"
}

resource "azurerm_mssql_server" "example" {
  name                         = "example-sqlserver"
  administrator_login          = "ariel"
  administrator_login_password = "AdminPassword123!" # expect: tf-argument-secret-literal "`administrator_login_password`"
}

resource "aws_mq_broker" "events" {
  broker_name = "events"
  user {
    username = "app"
    password = "correct-horse-battery" # expect: tf-argument-secret-literal "`user.password`"
  }
}

resource "aws_glue_connection" "warehouse" {
  name = "warehouse"
  connection_properties = {
    JDBC_CONNECTION_URL = "jdbc:postgresql://db.example.com:5432/warehouse"
    USERNAME            = "etl"
    PASSWORD            = "etl-password-1" # expect: tf-argument-secret-literal "`PASSWORD` in `connection_properties`"
  }
}

resource "aws_secretsmanager_secret_version" "db" {
  secret_id = aws_secretsmanager_secret.db.id
  secret_string = jsonencode({
    username = "admin"
    password = "hunter2" # expect: tf-argument-secret-literal "`password` in `secret_string`"
  })
}

module "db" {
  source      = "terraform-aws-modules/rds/aws"
  identifier  = "blue-green"
  password_wo = "UberSecretPassword" # expect: tf-argument-secret-literal "module call `module.db`"
}
