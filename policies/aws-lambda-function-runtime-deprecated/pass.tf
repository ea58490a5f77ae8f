variable "runtime" {
  type = string
}

resource "aws_lambda_function" "current" {
  function_name = "api"
  role          = "arn:aws:iam::123456789012:role/lambda"
  handler       = "index.handler"
  runtime       = "nodejs22.x"
  filename      = "api.zip"
}

resource "aws_lambda_function" "image" {
  function_name = "image"
  role          = "arn:aws:iam::123456789012:role/lambda"
  package_type  = "Image"
  image_uri     = "123456789012.dkr.ecr.eu-west-1.amazonaws.com/app:1.4.2"
}

resource "aws_lambda_function" "java_al2023" {
  function_name = "java"
  role          = "arn:aws:iam::123456789012:role/lambda"
  handler       = "example.Handler"
  runtime       = "java17.al2023"
  filename      = "java.zip"
}
