resource "azurerm_storage_account" "activity_logs" {
  name                     = "acmeactivitylogs"
  resource_group_name      = "rg-logging"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "GRS"
  min_tls_version          = "TLS1_2"
}

# Two years.
resource "azurerm_monitor_log_profile" "prod" {
  name               = "default"
  categories         = ["Action", "Delete", "Write"]
  locations          = ["global", "westeurope"]
  storage_account_id = azurerm_storage_account.activity_logs.id

  retention_policy {
    enabled = true
    days    = 730
  }
}

# Exactly the default minimum.
resource "azurerm_monitor_log_profile" "year" {
  name               = "default"
  categories         = ["Action", "Delete", "Write"]
  locations          = ["global"]
  storage_account_id = azurerm_storage_account.activity_logs.id

  retention_policy {
    enabled = true
    days    = 365
  }
}

# A retention policy that is not enabled deletes nothing: the events stay
# in the storage account until something else removes them.
resource "azurerm_monitor_log_profile" "not_enabled" {
  name               = "default"
  categories         = ["Action", "Delete", "Write"]
  locations          = ["global", "westeurope"]
  storage_account_id = azurerm_storage_account.activity_logs.id

  retention_policy {
    enabled = false
    days    = 7
  }
}

# 0 days, written or left to the provider's default, keeps the events
# forever.
resource "azurerm_monitor_log_profile" "forever" {
  name               = "default"
  categories         = ["Action", "Delete", "Write"]
  locations          = ["global", "westeurope"]
  storage_account_id = azurerm_storage_account.activity_logs.id

  retention_policy {
    enabled = true
    days    = 0
  }
}

resource "azurerm_monitor_log_profile" "forever_by_default" {
  name               = "default"
  categories         = ["Action", "Delete", "Write"]
  locations          = ["global", "westeurope"]
  storage_account_id = azurerm_storage_account.activity_logs.id

  retention_policy {
    enabled = true
  }
}

# Streamed to an Event Hub only: the retention policy has nothing to delete.
resource "azurerm_monitor_log_profile" "siem" {
  name               = "default"
  categories         = ["Action", "Delete", "Write"]
  locations          = ["global", "westeurope"]
  servicebus_rule_id = "/subscriptions/00000000-0000-0000-0000-000000000003/resourceGroups/rg-siem/providers/Microsoft.EventHub/namespaces/acme-siem/authorizationrules/RootManageSharedAccessKey"

  retention_policy {
    enabled = true
    days    = 1
  }
}
