resource "aws_lambda_permission" "any_bucket" {
  statement_id  = "s3-notifications"
  action        = "lambda:InvokeFunction"
  function_name = "thumbnailer"
  principal     = "*"
  source_arn    = "arn:aws:s3:::uploads-*" # expect: aws-lambda-function-public "`aws_lambda_permission.any_bucket`"
}

resource "aws_lambda_permission" "any_account" { # expect: aws-lambda-function-public "`aws_lambda_permission.any_account`"
  statement_id   = "any-account"
  action         = "lambda:InvokeFunction"
  function_name  = "thumbnailer"
  principal      = "*"
  source_account = "*"
}

resource "aws_lambda_permission" "any_org" { # expect: aws-lambda-function-public "`aws_lambda_permission.any_org`"
  statement_id     = "any-org"
  action           = "lambda:InvokeFunction"
  function_name    = "thumbnailer"
  principal        = "*"
  principal_org_id = "*"
}

resource "aws_lambda_permission" "any_topic" {
  statement_id  = "sns"
  action        = "lambda:InvokeFunction"
  function_name = "thumbnailer"
  principal     = "*"
  source_arn    = "arn:aws:sns:eu-west-1:*:image-events" # expect: aws-lambda-function-public "`aws_lambda_permission.any_topic`"
}

