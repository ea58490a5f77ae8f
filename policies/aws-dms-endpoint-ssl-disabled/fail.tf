resource "aws_dms_endpoint" "source" { # expect: aws-dms-endpoint-ssl-disabled "DMS mysql endpoint `aws_dms_endpoint.source`"
  endpoint_id   = "source"
  endpoint_type = "source"
  engine_name   = "mysql"
  server_name   = "mysql.example.internal"
  port          = 3306
  username      = "dms"
  password      = var.password
}

resource "aws_dms_endpoint" "target" {
  endpoint_id   = "target"
  endpoint_type = "target"
  engine_name   = "sqlserver"
  ssl_mode      = "none" # expect: aws-dms-endpoint-ssl-disabled "`aws_dms_endpoint.target`"
}
