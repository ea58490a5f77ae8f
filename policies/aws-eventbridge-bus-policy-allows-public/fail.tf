resource "aws_cloudwatch_event_bus" "orders" {
  name = "orders"
}

resource "aws_cloudwatch_event_bus_policy" "orders" {
  event_bus_name = aws_cloudwatch_event_bus.orders.name
  policy = jsonencode({ # expect: aws-eventbridge-bus-policy-allows-public "(statement `Partners`)"
    Version = "2012-10-17"
    Statement = [{
      Sid       = "Partners"
      Effect    = "Allow"
      Principal = "*"
      Action    = "events:PutEvents"
      Resource  = aws_cloudwatch_event_bus.orders.arn
    }]
  })
}

resource "aws_cloudwatch_event_permission" "anyone" {
  principal      = "*" # expect: aws-eventbridge-bus-policy-allows-public "`aws_cloudwatch_event_permission.anyone`"
  statement_id   = "AnyAccount"
  event_bus_name = aws_cloudwatch_event_bus.orders.name
}
