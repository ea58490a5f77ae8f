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
  categories         = ["Write", "Delete"] # expect: azure-activity-log-profile-misses-categories "`Action` activity log events"
  locations          = ["global", "westeurope", "northeurope"]
  storage_account_id = azurerm_storage_account.activity_logs.id

  retention_policy {
    enabled = true
    days    = 365
  }
}

variable "staging_log_categories" {
  type    = list(string)
  default = ["Write"]
}

resource "azurerm_monitor_log_profile" "staging" {
  name               = "default"
  categories         = var.staging_log_categories # expect: azure-activity-log-profile-misses-categories "`Delete`, `Action`"
  locations          = ["global", "westeurope"]
  storage_account_id = azurerm_storage_account.activity_logs.id

  retention_policy {
    enabled = false
  }
}

# No categories at all.
resource "azurerm_monitor_log_profile" "sandbox" { # expect: azure-activity-log-profile-misses-categories "`Write`, `Delete`, `Action`"
  name               = "default"
  locations          = ["global"]
  storage_account_id = azurerm_storage_account.activity_logs.id

  retention_policy {
    enabled = false
  }
}
