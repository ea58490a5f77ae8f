# Connection strings whose password is passed in, and samples.
variable "db_password" {
  type      = string
  sensitive = true
}

resource "aws_lambda_function" "notify" {
  function_name = "notify"
  role          = "arn:aws:iam::111122223333:role/notify"
  handler       = "index.handler"
  runtime       = "nodejs20.x"
  environment {
    variables = {
      DATABASE_URL = "postgres://app:${var.db_password}@db.internal:5432/app"
      DOCS_KEY     = "AKIAIOSFODNN7EXAMPLE"
      HOOK         = "https://hooks.slack.com/services/TXXXXXXXX/BXXXXXXXX/XXXXXXXXXXXXXXXXXXXXXXXX"
    }
  }
}
