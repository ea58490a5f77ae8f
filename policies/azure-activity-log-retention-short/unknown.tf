variable "log_retention_days" {
  type = number
}

resource "azurerm_monitor_log_profile" "prod" {
  name               = "default"
  categories         = ["Action", "Delete", "Write"]
  locations          = ["global", "westeurope"]
  storage_account_id = "/subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/rg-logging/providers/Microsoft.Storage/storageAccounts/acmeactivitylogs"

  retention_policy {
    enabled = true
    days    = var.log_retention_days # expect: azure-activity-log-retention-short unknown
  }
}
