variable "parameter_type" {
  type = string
}

resource "random_password" "db" {
  length = 32
}

resource "aws_ssm_parameter" "deferred" {
  name  = "/prod/db/password"
  type  = var.parameter_type # expect: aws-ssm-parameter-secret-plaintext unknown
  value = random_password.db.result
}
