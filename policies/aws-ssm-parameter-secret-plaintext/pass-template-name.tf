# Names built from the module's variables, as shared components write them:
# the interpolations are unknown, but the literal end shows the last part
# names an identifier, not a credential.
resource "aws_ssm_parameter" "account_id" {
  name  = "/${var.namespace}/${var.stage}/account_id"
  type  = "String"
  value = aws_organizations_account.default.id
}

resource "aws_ssm_parameter" "acl_arn" {
  name  = "/waf/${var.acl_name}/arn"
  type  = "String"
  value = aws_wafv2_web_acl.default.arn
}

resource "aws_ssm_parameter" "master_username" {
  name  = "/${module.this.name}/master-username"
  type  = "String"
  value = var.master_username
}

resource "aws_ssm_parameter" "token_ttl" {
  name  = "${local.prefix}/api.token.ttl"
  type  = "String"
  value = "3600"
}
