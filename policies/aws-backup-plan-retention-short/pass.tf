resource "aws_backup_plan" "daily" {
  name = "daily"

  rule {
    rule_name         = "daily"
    target_vault_name = "Default"
    schedule          = "cron(0 5 * * ? *)"

    lifecycle {
      cold_storage_after = 30
      delete_after       = 365
    }

    copy_action {
      destination_vault_arn = "arn:aws:backup:eu-central-1:123456789012:backup-vault:dr"
    }
  }

  # No lifecycle: recovery points are kept until deleted by hand.
  rule {
    rule_name         = "monthly"
    target_vault_name = "Default"
    schedule          = "cron(0 5 1 * ? *)"
  }
}
