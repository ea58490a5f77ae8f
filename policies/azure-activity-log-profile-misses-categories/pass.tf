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
    days    = 365
  }
}

variable "log_categories" {
  type    = list(string)
  default = ["write", "delete", "action"]
}

# Case does not matter.
resource "azurerm_monitor_log_profile" "staging" {
  name               = "default"
  categories         = var.log_categories
  locations          = ["global", "westeurope"]
  storage_account_id = azurerm_storage_account.activity_logs.id

  retention_policy {
    enabled = false
  }
}
