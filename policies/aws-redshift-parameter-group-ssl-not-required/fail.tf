resource "aws_redshift_parameter_group" "logging" { # expect: aws-redshift-parameter-group-ssl-not-required "`aws_redshift_parameter_group.logging` does not set"
  name   = "logging"
  family = "redshift-1.0"

  parameter {
    name  = "enable_user_activity_logging"
    value = "true"
  }
}

variable "parameters" {
  type = map(string)
  default = {
    require_ssl                  = "false"
    enable_user_activity_logging = "true"
  }
}

resource "aws_redshift_parameter_group" "from_map" {
  name   = "from-map"
  family = "redshift-1.0"

  dynamic "parameter" {
    for_each = var.parameters
    content {
      name  = parameter.key
      value = parameter.value # expect: aws-redshift-parameter-group-ssl-not-required "sets `require_ssl` to `false`"
    }
  }
}
