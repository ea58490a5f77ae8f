resource "azurerm_mssql_server_extended_auditing_policy" "server" {
  server_id                  = "server"
  storage_endpoint           = "https://acmeaudit.blob.core.windows.net/"
  storage_account_access_key = "key"
  retention_in_days          = 30 # expect: azure-mssql-auditing-retention-short "30 days"
}

variable "retention" {
  default = 7
}

resource "azurerm_sql_server" "legacy" {
  name                         = "acme-legacy"
  resource_group_name          = "rg"
  location                     = "westeurope"
  version                      = "12.0"
  administrator_login          = "sqladmin"
  administrator_login_password = "unused"
  extended_auditing_policy {
    storage_endpoint           = "https://acmeaudit.blob.core.windows.net/"
    storage_account_access_key = "key"
    retention_in_days          = var.retention # expect: azure-mssql-auditing-retention-short "7 days"
  }
}

# azurerm v2 also took the block on a database.
resource "azurerm_sql_database" "legacy" {
  name                = "orders"
  resource_group_name = "rg"
  location            = "westeurope"
  server_name         = azurerm_sql_server.legacy.name
  extended_auditing_policy {
    storage_endpoint  = "https://acmeaudit.blob.core.windows.net/"
    retention_in_days = 14 # expect: azure-mssql-auditing-retention-short "14 days"
  }
}
