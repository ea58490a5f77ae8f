resource "azurerm_mssql_server_extended_auditing_policy" "forever" {
  server_id                  = "server"
  storage_endpoint           = "https://acmeaudit.blob.core.windows.net/"
  storage_account_access_key = "key"
}

resource "azurerm_mssql_database_extended_auditing_policy" "year" {
  database_id                = "db"
  storage_endpoint           = "https://acmeaudit.blob.core.windows.net/"
  storage_account_access_key = "key"
  retention_in_days          = 365
}

# Audit records go to Log Analytics: the storage retention does not apply.
resource "azurerm_mssql_server_extended_auditing_policy" "log_analytics" {
  server_id              = "server2"
  log_monitoring_enabled = true
  retention_in_days      = 1
}

# The default minimum, 90 days.
resource "azurerm_mssql_server_extended_auditing_policy" "ninety_days" {
  server_id                  = "server"
  storage_endpoint           = "https://acmeaudit.blob.core.windows.net/"
  storage_account_access_key = "key"
  retention_in_days          = 90
}

resource "azurerm_sql_database" "legacy" {
  name                = "orders"
  resource_group_name = "rg"
  location            = "westeurope"
  server_name         = "acme-legacy"
  extended_auditing_policy {
    storage_endpoint  = "https://acmeaudit.blob.core.windows.net/"
    retention_in_days = 0
  }
}
