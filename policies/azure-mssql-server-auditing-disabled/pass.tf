resource "azurerm_mssql_server" "audited" {
  name                = "acme-audited"
  resource_group_name = "rg"
  location            = "westeurope"
  version             = "12.0"
}

resource "azurerm_mssql_server_extended_auditing_policy" "audited" {
  server_id              = azurerm_mssql_server.audited.id
  log_monitoring_enabled = true
}

# azurerm v2: the inline block.
resource "azurerm_sql_server" "legacy" {
  name                         = "acme-legacy"
  resource_group_name          = "rg"
  location                     = "westeurope"
  version                      = "12.0"
  administrator_login          = "admin"
  administrator_login_password = var.password

  extended_auditing_policy {
    storage_endpoint  = "https://acmeaudit.blob.core.windows.net/"
    retention_in_days = 400
  }
}

variable "password" {
  type      = string
  sensitive = true
}

# No server-level policy, but its only database is audited.
resource "azurerm_mssql_server" "db_audited" {
  name                = "acme-db-audited"
  resource_group_name = "rg"
  location            = "westeurope"
  version             = "12.0"
}

resource "azurerm_mssql_database" "ledger" {
  name      = "ledger"
  server_id = azurerm_mssql_server.db_audited.id
}

resource "azurerm_mssql_database_extended_auditing_policy" "ledger" {
  database_id            = azurerm_mssql_database.ledger.id
  log_monitoring_enabled = true
}
