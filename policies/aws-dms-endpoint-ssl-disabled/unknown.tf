variable "ssl_mode" {
  type = string
}

resource "aws_dms_endpoint" "source" {
  endpoint_id   = "source"
  endpoint_type = "source"
  engine_name   = "postgres"
  ssl_mode      = var.ssl_mode # expect: aws-dms-endpoint-ssl-disabled unknown
}
