resource "aws_ssm_document" "public" {
  name          = "patch-fleet"
  document_type = "Command"
  content = jsonencode({
    schemaVersion = "2.2"
    description   = "Patch the fleet"
    mainSteps = [{
      action = "aws:runShellScript"
      name   = "patch"
      inputs = { runCommand = ["yum -y update"] }
    }]
  })

  permissions = {
    type        = "Share"
    account_ids = "All" # expect: aws-ssm-document-public "`aws_ssm_document.public`"
  }
}

variable "share_with" {
  type    = string
  default = "111122223333,All"
}

resource "aws_ssm_document" "listed" {
  name          = "restart-app"
  document_type = "Command"
  content       = file("${path.module}/restart-app.json")

  permissions = {
    type        = "Share"
    account_ids = var.share_with # expect: aws-ssm-document-public
  }
}
