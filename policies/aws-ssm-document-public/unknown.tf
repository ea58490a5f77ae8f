variable "share_with" {
  type = string
}

resource "aws_ssm_document" "deferred" {
  name          = "restart-app"
  document_type = "Command"
  content       = file("${path.module}/restart-app.json")

  permissions = {
    type        = "Share"
    account_ids = var.share_with # expect: aws-ssm-document-public unknown
  }
}
