variable "retention_days" {
  type = number
}

resource "aws_backup_plan" "deferred" {
  name = "daily"

  rule {
    rule_name         = "daily"
    target_vault_name = "Default"

    lifecycle {
      delete_after = var.retention_days # expect: aws-backup-plan-retention-short unknown
    }
  }
}
