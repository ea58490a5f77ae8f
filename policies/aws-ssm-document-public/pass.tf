resource "aws_ssm_document" "private" {
  name          = "patch-fleet"
  document_type = "Command"
  content       = file("${path.module}/patch-fleet.json")
}

variable "partner_accounts" {
  type    = list(string)
  default = ["111122223333", "444455556666"]
}

resource "aws_ssm_document" "partners" {
  name          = "restart-app"
  document_type = "Command"
  content       = file("${path.module}/restart-app.json")

  permissions = {
    type        = "Share"
    account_ids = join(",", var.partner_accounts)
  }
}
