resource "aws_dynamodb_table" "orders" { # expect: tf-dynamodb-pitr-disabled
  name     = "orders"
  hash_key = "id"
}
