# The keys of AWS's documentation end in `EXAMPLE` / `EXAMPLEKEY`; `dummy`
# and `NO_TOKEN` say the value stands in for a credential that is not used.
resource "aws_lambda_function" "docs_sample" {
  function_name = "docs-sample"
  role          = aws_iam_role.lambda.arn
  handler       = "index.handler"
  runtime       = "nodejs20.x"
  environment {
    variables = {
      AWS_ACCESS_KEY_ID     = "AKIAIOSFODNN7EXAMPLE"
      AWS_SECRET_ACCESS_KEY = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
      API_TOKEN             = "dummy-token"
      WEBHOOK_SECRET        = "NO_SECRET"
    }
  }
}
