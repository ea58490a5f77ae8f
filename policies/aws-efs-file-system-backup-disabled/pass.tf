resource "aws_efs_file_system" "automatic" {
  encrypted = true
}

resource "aws_efs_backup_policy" "automatic" {
  file_system_id = aws_efs_file_system.automatic.id

  backup_policy {
    status = "ENABLED"
  }
}

resource "aws_efs_file_system" "in_plan" {
  encrypted = true
}

resource "aws_efs_file_system" "tagged" {
  encrypted = true
  tags = {
    backup = "true"
  }
}

resource "aws_backup_plan" "daily" {
  name = "daily"

  rule {
    rule_name         = "daily"
    target_vault_name = "Default"
    schedule          = "cron(0 5 * * ? *)"

    lifecycle {
      delete_after = 35
    }
  }
}

resource "aws_backup_selection" "files" {
  name         = "files"
  iam_role_arn = "arn:aws:iam::123456789012:role/backup"
  plan_id      = aws_backup_plan.daily.id
  resources    = [aws_efs_file_system.in_plan.arn]

  selection_tag {
    type  = "STRINGEQUALS"
    key   = "backup"
    value = "true"
  }
}
