# The last part of the name is an interpolation, or ends with a credential
# word after one: whether it holds a credential is not known.
resource "aws_ssm_parameter" "chosen" {
  name  = "/${var.namespace}/${var.parameter}"
  type  = "String" # expect: aws-ssm-parameter-secret-plaintext unknown
  value = var.value
}
