# param: lambda_deprecated_runtimes = ["python3.10", "python3.11"]
resource "aws_lambda_function" "stricter" {
  function_name = "etl"
  role          = "arn:aws:iam::123456789012:role/lambda"
  handler       = "app.handler"
  runtime       = "python3.11" # expect: aws-lambda-function-runtime-deprecated
  filename      = "etl.zip"
}

resource "aws_lambda_function" "no_longer_listed" {
  function_name = "old"
  role          = "arn:aws:iam::123456789012:role/lambda"
  handler       = "app.handler"
  runtime       = "python3.9"
  filename      = "old.zip"
}
