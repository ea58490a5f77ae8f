resource "aws_db_proxy" "orders" {
  name           = "orders"
  engine_family  = "POSTGRESQL"
  require_tls    = true
  role_arn       = "arn:aws:iam::111122223333:role/orders-proxy"
  vpc_subnet_ids = ["subnet-0a1b2c3d4e5f60718", "subnet-0f1e2d3c4b5a69788"]

  auth {
    auth_scheme = "SECRETS"
    iam_auth    = "REQUIRED"
    secret_arn  = "arn:aws:secretsmanager:eu-west-1:111122223333:secret:orders-db-AbCdEf"
  }
}
