data "aws_region" "current" {}

# The CloudWatch Logs principal of the current region, written as a template.
resource "aws_lambda_permission" "logs" { # expect: aws-lambda-permission-service-principal-unscoped fail "`aws_lambda_permission.logs`"
  statement_id  = "AllowCloudWatchLogs"
  action        = "lambda:InvokeFunction"
  function_name = aws_lambda_function.log_shipper.function_name
  principal     = "logs.${data.aws_region.current.name}.amazonaws.com"
}

# A service principal of the China partition.
resource "aws_lambda_permission" "sns_cn" { # expect: aws-lambda-permission-service-principal-unscoped fail "`sns.amazonaws.com.cn`"
  statement_id  = "AllowSNS"
  action        = "lambda:InvokeFunction"
  function_name = aws_lambda_function.log_shipper.function_name
  principal     = "sns.amazonaws.com.cn"
}
