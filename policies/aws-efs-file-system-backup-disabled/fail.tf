resource "aws_efs_file_system" "shared" { # expect: aws-efs-file-system-backup-disabled "`aws_efs_file_system.shared`"
  encrypted = true
}

resource "aws_efs_file_system" "disabled" { # expect: aws-efs-file-system-backup-disabled "`aws_efs_file_system.disabled`"
  encrypted = true
  tags = {
    backup = "false"
  }
}

resource "aws_efs_backup_policy" "disabled" {
  file_system_id = aws_efs_file_system.disabled.id

  backup_policy {
    status = "DISABLED"
  }
}

resource "aws_backup_selection" "tagged" {
  name         = "tagged"
  iam_role_arn = "arn:aws:iam::123456789012:role/backup"
  plan_id      = "plan-0123"

  selection_tag {
    type  = "STRINGEQUALS"
    key   = "backup"
    value = "true"
  }
}
