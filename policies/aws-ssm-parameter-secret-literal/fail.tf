variable "api_token" {
  type    = string
  default = "9c1185a5c5e9fc54612808977ee8f548b2258d31"
}

resource "aws_ssm_parameter" "db_password" {
  name  = "/prod/db/password"
  type  = "SecureString"
  value = "Sup3r-S3cret-Pass" # expect: aws-ssm-parameter-secret-literal "`aws_ssm_parameter.db_password`"
}

resource "aws_ssm_parameter" "api_token" {
  name  = "/prod/partner/api-token"
  type  = "String"
  value = var.api_token # expect: aws-ssm-parameter-secret-literal "`aws_ssm_parameter.api_token`"
}

resource "aws_ssm_parameter" "github" {
  name           = "/ci/github"
  type           = "String"
  insecure_value = "ghp_A1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q7r8" # expect: aws-ssm-parameter-secret-literal "`aws_ssm_parameter.github`"
}
