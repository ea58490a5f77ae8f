resource "aws_lambda_permission" "s3" {
  statement_id   = "s3"
  action         = "lambda:InvokeFunction"
  function_name  = aws_lambda_function.handler.function_name
  principal      = "s3.amazonaws.com"
  source_arn     = aws_s3_bucket.uploads.arn
  source_account = "123456789012"
}

resource "aws_lambda_permission" "org" {
  statement_id     = "org"
  action           = "lambda:InvokeFunction"
  function_name    = aws_lambda_function.handler.function_name
  principal        = "*"
  principal_org_id = "o-abc123"
}

resource "aws_lambda_permission" "api" {
  statement_id  = "api"
  action        = "lambda:InvokeFunction"
  function_name = aws_lambda_function.handler.function_name
  principal     = "*"
  source_arn    = "${aws_api_gateway_rest_api.api.execution_arn}/*/*"
}

resource "aws_lambda_function_url" "iam" {
  function_name      = aws_lambda_function.handler.function_name
  authorization_type = "AWS_IAM"
}
