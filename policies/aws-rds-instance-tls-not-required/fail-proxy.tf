resource "aws_db_proxy" "orders" { # expect: aws-rds-instance-tls-not-required "RDS Proxy `aws_db_proxy.orders`"
  name                   = "orders"
  engine_family          = "POSTGRESQL"
  role_arn               = "arn:aws:iam::111122223333:role/orders-proxy"
  vpc_subnet_ids         = ["subnet-0a1b2c3d4e5f60718", "subnet-0f1e2d3c4b5a69788"]
  vpc_security_group_ids = ["sg-0a1b2c3d4e5f60718"]

  auth {
    auth_scheme = "SECRETS"
    iam_auth    = "REQUIRED"
    secret_arn  = "arn:aws:secretsmanager:eu-west-1:111122223333:secret:orders-db-AbCdEf"
  }
}

resource "aws_db_proxy" "reports" {
  name           = "reports"
  engine_family  = "MYSQL"
  require_tls    = false # expect: aws-rds-instance-tls-not-required "`aws_db_proxy.reports`"
  role_arn       = "arn:aws:iam::111122223333:role/reports-proxy"
  vpc_subnet_ids = ["subnet-0a1b2c3d4e5f60718", "subnet-0f1e2d3c4b5a69788"]

  auth {
    auth_scheme = "SECRETS"
    secret_arn  = "arn:aws:secretsmanager:eu-west-1:111122223333:secret:reports-db-AbCdEf"
  }
}
