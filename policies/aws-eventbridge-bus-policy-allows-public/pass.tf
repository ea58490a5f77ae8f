resource "aws_cloudwatch_event_bus" "orders" {
  name = "orders"
}

resource "aws_cloudwatch_event_bus_policy" "orders" {
  event_bus_name = aws_cloudwatch_event_bus.orders.name
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Sid       = "Organisation"
      Effect    = "Allow"
      Principal = "*"
      Action    = "events:PutEvents"
      Resource  = aws_cloudwatch_event_bus.orders.arn
      Condition = { StringEquals = { "aws:PrincipalOrgID" = "o-a1b2c3d4e5" } }
    }]
  })
}

resource "aws_cloudwatch_event_permission" "org" {
  principal      = "*"
  statement_id   = "Organisation"
  event_bus_name = aws_cloudwatch_event_bus.orders.name

  condition {
    key   = "aws:PrincipalOrgID"
    type  = "StringEquals"
    value = "o-a1b2c3d4e5"
  }
}

resource "aws_cloudwatch_event_permission" "partner" {
  principal      = "444455556666"
  statement_id   = "Partner"
  event_bus_name = aws_cloudwatch_event_bus.orders.name
}
