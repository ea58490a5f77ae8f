# An AWS Config organisation rule: the Config service invokes the rule's
# function for every account of the organisation, and only for those.
data "aws_organizations_organization" "this" {}

resource "aws_lambda_permission" "config_org_rule" {
  statement_id     = "AllowConfigFromOrganization"
  action           = "lambda:InvokeFunction"
  function_name    = aws_lambda_function.config_rule.function_name
  principal        = "config.amazonaws.com"
  principal_org_id = data.aws_organizations_organization.this.id
}
