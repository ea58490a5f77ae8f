# A wildcard inside one account's ARN still names that account.
resource "aws_lambda_permission" "api_routes" {
  statement_id  = "api"
  action        = "lambda:InvokeFunction"
  function_name = "orders"
  principal     = "*"
  source_arn    = "arn:aws:execute-api:eu-west-1:111122223333:k2j3h4g5/*/POST/orders"
}

resource "aws_lambda_permission" "bucket_with_account" {
  statement_id   = "s3"
  action         = "lambda:InvokeFunction"
  function_name  = "orders"
  principal      = "*"
  source_arn     = "arn:aws:s3:::uploads-*"
  source_account = "111122223333"
}

resource "aws_lambda_permission" "org" {
  statement_id     = "org"
  action           = "lambda:InvokeFunction"
  function_name    = "orders"
  principal        = "*"
  principal_org_id = "o-a1b2c3d4e5"
}

resource "aws_lambda_permission" "exact_bucket" {
  statement_id  = "exact"
  action        = "lambda:InvokeFunction"
  function_name = "orders"
  principal     = "*"
  source_arn    = "arn:aws:s3:::acme-uploads"
}
