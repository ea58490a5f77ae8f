# A name built from the module's variables whose literal end names a user
# name, not a credential: its literal value is not a secret.
resource "aws_ssm_parameter" "master_username" {
  name  = "/${module.this.name}/master_username"
  type  = "String"
  value = "admin"
}

resource "aws_ssm_parameter" "api_key_id" {
  name  = "/${var.service}/api-key-id"
  type  = "String"
  value = "k-2f9d81"
}
