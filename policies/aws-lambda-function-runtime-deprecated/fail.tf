locals {
  runtime = "python3.9"
}

resource "aws_lambda_function" "legacy" {
  function_name = "legacy"
  role          = "arn:aws:iam::123456789012:role/lambda"
  handler       = "index.handler"
  runtime       = "nodejs20.x" # expect: aws-lambda-function-runtime-deprecated "`aws_lambda_function.legacy` uses the deprecated runtime `nodejs20.x`"
  filename      = "legacy.zip"
}

resource "aws_lambda_function" "from_local" {
  function_name = "report"
  role          = "arn:aws:iam::123456789012:role/lambda"
  handler       = "app.handler"
  runtime       = local.runtime # expect: aws-lambda-function-runtime-deprecated
  filename      = "report.zip"
}
