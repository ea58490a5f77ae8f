resource "aws_dynamodb_table" "orders" { # expect: aws-dynamodb-table-pitr-disabled
  name     = "orders"
  hash_key = "id"
}
