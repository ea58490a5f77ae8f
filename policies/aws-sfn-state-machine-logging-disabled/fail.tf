resource "aws_sfn_state_machine" "orders" { # expect: aws-sfn-state-machine-logging-disabled "`aws_sfn_state_machine.orders`"
  name     = "orders"
  role_arn = aws_iam_role.orders.arn
  definition = jsonencode({
    StartAt = "Done"
    States  = { Done = { Type = "Succeed" } }
  })
}

resource "aws_sfn_state_machine" "express" {
  name     = "express"
  type     = "EXPRESS"
  role_arn = aws_iam_role.orders.arn
  definition = jsonencode({
    StartAt = "Done"
    States  = { Done = { Type = "Succeed" } }
  })
  logging_configuration {
    level = "OFF" # expect: aws-sfn-state-machine-logging-disabled "`aws_sfn_state_machine.express`"
  }
}
