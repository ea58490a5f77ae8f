variable "retention_days" {
  type    = number
  default = 14
}

resource "aws_backup_plan" "daily" {
  name = "daily"

  rule {
    rule_name         = "daily"
    target_vault_name = "Default"
    schedule          = "cron(0 5 * * ? *)"

    lifecycle {
      delete_after = var.retention_days # expect: aws-backup-plan-retention-short "`daily`"
    }

    copy_action {
      destination_vault_arn = "arn:aws:backup:eu-central-1:123456789012:backup-vault:dr"

      lifecycle {
        delete_after = 7 # expect: aws-backup-plan-retention-short "copy action"
      }
    }
  }
}
