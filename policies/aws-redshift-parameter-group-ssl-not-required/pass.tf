resource "aws_redshift_parameter_group" "secure" {
  name   = "secure"
  family = "redshift-1.0"

  parameter {
    name  = "require_ssl"
    value = "true"
  }

  parameter {
    name  = "enable_user_activity_logging"
    value = "true"
  }
}

resource "aws_redshift_parameter_group" "bool" {
  name   = "bool"
  family = "redshift-1.0"

  parameter {
    name  = "require_ssl"
    value = true
  }
}
