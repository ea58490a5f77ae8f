variable "log_categories" {
  type = list(string)
}

variable "extra_category" {
  type = string
}

resource "azurerm_monitor_log_profile" "prod" {
  name               = "default"
  categories         = var.log_categories # expect: azure-activity-log-profile-misses-categories unknown
  locations          = ["global", "westeurope"]
  storage_account_id = "/subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/rg-logging/providers/Microsoft.Storage/storageAccounts/acmeactivitylogs"

  retention_policy {
    enabled = false
  }
}

resource "azurerm_monitor_log_profile" "staging" {
  name               = "default"
  categories         = ["Write", "Delete", var.extra_category] # expect: azure-activity-log-profile-misses-categories unknown
  locations          = ["global"]
  storage_account_id = "/subscriptions/00000000-0000-0000-0000-000000000002/resourceGroups/rg-logging/providers/Microsoft.Storage/storageAccounts/acmeactivitylogs2"

  retention_policy {
    enabled = false
  }
}
