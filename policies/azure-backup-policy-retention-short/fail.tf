resource "azurerm_backup_policy_file_share" "shares" {
  name                = "shares-daily"
  resource_group_name = "rg-backup"
  recovery_vault_name = "rsv-prod"

  backup {
    frequency = "Daily"
    time      = "23:00"
  }

  retention_daily {
    count = 3 # expect: azure-backup-policy-retention-short
  }
}
