# param: log_retention_min_days = 90

resource "azurerm_monitor_log_profile" "prod" {
  name               = "default"
  categories         = ["Action", "Delete", "Write"]
  locations          = ["global", "westeurope"]
  storage_account_id = "/subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/rg-logging/providers/Microsoft.Storage/storageAccounts/acmeactivitylogs"

  retention_policy {
    enabled = true
    days    = 90
  }
}

resource "azurerm_monitor_log_profile" "short" {
  name               = "default"
  categories         = ["Action", "Delete", "Write"]
  locations          = ["global"]
  storage_account_id = "/subscriptions/00000000-0000-0000-0000-000000000002/resourceGroups/rg-logging/providers/Microsoft.Storage/storageAccounts/acmeactivitylogs2"

  retention_policy {
    enabled = true
    days    = 60 # expect: azure-activity-log-retention-short "less than 90"
  }
}
