# The selections name another file system, by a template whose literal end
# is its id, and every FSx file system: neither covers `scratch`.
data "aws_partition" "current" {}
data "aws_region" "current" {}
data "aws_caller_identity" "current" {}

resource "aws_efs_file_system" "scratch" { # expect: aws-efs-file-system-backup-disabled fail "`aws_efs_file_system.scratch`"
  encrypted = true
}

resource "aws_backup_selection" "legacy_home" {
  name         = "legacy-home"
  iam_role_arn = "arn:${data.aws_partition.current.partition}:iam::${data.aws_caller_identity.current.account_id}:role/backup"
  plan_id      = "plan-0123"
  resources = [
    "arn:${data.aws_partition.current.partition}:elasticfilesystem:${data.aws_region.current.name}:${data.aws_caller_identity.current.account_id}:file-system/fs-0123456789abcdef0",
  ]
}

resource "aws_backup_selection" "fsx" {
  name         = "fsx"
  iam_role_arn = "arn:${data.aws_partition.current.partition}:iam::${data.aws_caller_identity.current.account_id}:role/backup"
  plan_id      = "plan-0123"
  resources    = ["arn:aws:fsx:*:*:file-system/*"]
}
