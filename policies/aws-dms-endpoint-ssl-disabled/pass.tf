resource "aws_dms_endpoint" "source" {
  endpoint_id     = "source"
  endpoint_type   = "source"
  engine_name     = "mysql"
  server_name     = "mysql.example.internal"
  port            = 3306
  ssl_mode        = "verify-ca"
  certificate_arn = aws_dms_certificate.mysql.certificate_arn
}

resource "aws_dms_endpoint" "docs" {
  endpoint_id   = "docs"
  endpoint_type = "source"
  engine_name   = "docdb"
  ssl_mode      = "verify-full"
}

resource "aws_dms_endpoint" "stream" {
  endpoint_id   = "stream"
  endpoint_type = "target"
  engine_name   = "kinesis"
}
