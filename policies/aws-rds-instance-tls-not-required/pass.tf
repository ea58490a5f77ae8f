resource "aws_db_instance" "current" {
  identifier        = "current"
  engine            = "postgres"
  engine_version    = "16.4"
  instance_class    = "db.t4g.medium"
  allocated_storage = 20
}

variable "parameters" {
  type = list(object({ name = string, value = string }))
  default = [
    { name = "require_secure_transport", value = "ON" },
    { name = "general_log", value = "0" },
  ]
}

# The shape of the community module: parameters from a list.
resource "aws_db_parameter_group" "orders" {
  name   = "orders"
  family = "mariadb10.11"

  dynamic "parameter" {
    for_each = var.parameters
    content {
      name  = parameter.value.name
      value = parameter.value.value
    }
  }
}

resource "aws_db_instance" "orders" {
  identifier           = "orders"
  engine               = "mariadb"
  engine_version       = "10.11.9"
  instance_class       = "db.t4g.medium"
  allocated_storage    = 20
  parameter_group_name = aws_db_parameter_group.orders.name
}

resource "aws_db_instance" "mysql97" {
  identifier        = "innovation"
  engine            = "mysql"
  engine_version    = "9.7.0"
  instance_class    = "db.t4g.medium"
  allocated_storage = 20
}

resource "aws_db_instance" "shared_group" {
  identifier           = "shared"
  engine               = "mysql"
  instance_class       = "db.t4g.medium"
  allocated_storage    = 20
  parameter_group_name = "platform-mysql84-tls"
}
