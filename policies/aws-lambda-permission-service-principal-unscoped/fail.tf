resource "aws_lambda_permission" "sns" { # expect: aws-lambda-permission-service-principal-unscoped "lets `sns.amazonaws.com` invoke"
  statement_id  = "AllowSNS"
  action        = "lambda:InvokeFunction"
  function_name = aws_lambda_function.handler.function_name
  principal     = "sns.amazonaws.com"
}
