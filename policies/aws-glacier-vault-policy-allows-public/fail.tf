resource "aws_glacier_vault" "archive" {
  name = "archive"
  access_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Sid       = "AnyoneReads"
      Effect    = "Allow" # expect: aws-glacier-vault-policy-allows-public "statement `AnyoneReads`"
      Principal = "*"
      Action    = ["glacier:InitiateJob", "glacier:GetJobOutput"]
      Resource  = "arn:aws:glacier:eu-west-1:111122223333:vaults/archive"
    }]
  })
}

data "aws_iam_policy_document" "backups" {
  statement {
    sid       = "AnyAccount"
    actions   = ["glacier:*"]
    resources = ["*"]
    principals {
      type        = "AWS"
      identifiers = ["*"]
    }
  }
}

resource "aws_glacier_vault" "backups" {
  name          = "backups"
  access_policy = data.aws_iam_policy_document.backups.json # expect: aws-glacier-vault-policy-allows-public "`aws_glacier_vault.backups`"
}
