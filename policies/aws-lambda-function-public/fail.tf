resource "aws_lambda_permission" "anyone" { # expect: aws-lambda-function-public "`aws_lambda_permission.anyone`"
  statement_id  = "anyone"
  action        = "lambda:InvokeFunction"
  function_name = aws_lambda_function.handler.function_name
  principal     = "*"
}

resource "aws_lambda_function_url" "public" {
  function_name      = aws_lambda_function.handler.function_name
  authorization_type = "NONE" # expect: aws-lambda-function-public "`aws_lambda_function_url.public`"
}
