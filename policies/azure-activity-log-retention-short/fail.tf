provider "azurerm" {
  features {}
}

provider "azurerm" {
  alias           = "staging"
  subscription_id = "00000000-0000-0000-0000-000000000002"
  features {}
}

resource "azurerm_storage_account" "activity_logs" {
  name                     = "acmeactivitylogs"
  resource_group_name      = "rg-logging"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "GRS"
  min_tls_version          = "TLS1_2"
}

resource "azurerm_monitor_log_profile" "prod" {
  name               = "default"
  categories         = ["Action", "Delete", "Write"]
  locations          = ["global", "westeurope", "northeurope"]
  storage_account_id = azurerm_storage_account.activity_logs.id

  retention_policy {
    enabled = true
    days    = 90 # expect: azure-activity-log-retention-short "90 days, less than 365"
  }
}

variable "staging_log_retention_days" {
  type    = number
  default = 30
}

resource "azurerm_monitor_log_profile" "staging" {
  provider           = azurerm.staging
  name               = "default"
  categories         = ["Action", "Delete", "Write"]
  locations          = ["global", "westeurope"]
  storage_account_id = azurerm_storage_account.activity_logs.id
  servicebus_rule_id = "/subscriptions/00000000-0000-0000-0000-000000000002/resourceGroups/rg-logging/providers/Microsoft.EventHub/namespaces/acme-logs/authorizationrules/RootManageSharedAccessKey"

  retention_policy {
    enabled = true
    days    = var.staging_log_retention_days # expect: azure-activity-log-retention-short "30 days"
  }
}

# No destination written: the retention it declares for its archive is
# still too short.
resource "azurerm_monitor_log_profile" "declared_elsewhere" {
  name       = "declared-elsewhere"
  categories = ["Action", "Delete", "Write"]
  locations  = ["westeurope", "global"]

  retention_policy {
    enabled = true
    days    = 7 # expect: azure-activity-log-retention-short "7 days"
  }
}
