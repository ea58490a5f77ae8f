# A selection of every file system of the account covers the module's.
resource "aws_efs_file_system" "scratch" {
  encrypted = true
}

resource "aws_backup_selection" "all_file_systems" {
  name         = "all-efs"
  iam_role_arn = "arn:aws:iam::123456789012:role/backup"
  plan_id      = "plan-0123"
  resources    = ["arn:aws:elasticfilesystem:*:*:file-system/*"]
}
