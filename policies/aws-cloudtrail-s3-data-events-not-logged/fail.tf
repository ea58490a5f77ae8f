resource "aws_cloudtrail" "main" { # expect: aws-cloudtrail-s3-data-events-not-logged "`aws_cloudtrail.main`"
  name                  = "main"
  s3_bucket_name        = "acme-trail"
  is_multi_region_trail = true
}

resource "aws_cloudtrail" "dynamodb" { # expect: aws-cloudtrail-s3-data-events-not-logged "`aws_cloudtrail.dynamodb`"
  name           = "dynamodb"
  s3_bucket_name = "acme-trail"
  advanced_event_selector {
    name = "DynamoDB data events"
    field_selector {
      field  = "eventCategory"
      equals = ["Data"]
    }
    field_selector {
      field  = "resources.type"
      equals = ["AWS::DynamoDB::Table"]
    }
  }
}
