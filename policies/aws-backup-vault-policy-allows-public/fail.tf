resource "aws_backup_vault" "main" {
  name = "main"
}

resource "aws_backup_vault_policy" "main" {
  backup_vault_name = aws_backup_vault.main.name
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Sid       = "CopyIn"
      Effect    = "Allow" # expect: aws-backup-vault-policy-allows-public "(statement `CopyIn`)"
      Principal = "*"
      Action    = ["backup:CopyIntoBackupVault", "backup:DescribeBackupVault"]
      Resource  = "*"
    }]
  })
}
