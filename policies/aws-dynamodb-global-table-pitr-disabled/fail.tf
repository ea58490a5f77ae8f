resource "aws_dynamodb_table" "sessions" {
  name             = "sessions"
  billing_mode     = "PAY_PER_REQUEST"
  hash_key         = "id"
  stream_enabled   = true
  stream_view_type = "NEW_AND_OLD_IMAGES"

  attribute {
    name = "id"
    type = "S"
  }

  point_in_time_recovery {
    enabled = true
  }

  replica { # expect: aws-dynamodb-global-table-pitr-disabled "`us-east-1`"
    region_name = "us-east-1"
  }

  replica {
    region_name            = "ap-southeast-2"
    point_in_time_recovery = false # expect: aws-dynamodb-global-table-pitr-disabled "`ap-southeast-2`"
  }
}
