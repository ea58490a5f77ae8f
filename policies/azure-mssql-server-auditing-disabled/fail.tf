resource "azurerm_mssql_server" "unaudited" { # expect: azure-mssql-server-auditing-disabled
  name                = "acme-unaudited"
  resource_group_name = "rg"
  location            = "westeurope"
  version             = "12.0"
}

resource "azurerm_mssql_server" "switched_off" {
  name                = "acme-off"
  resource_group_name = "rg"
  location            = "westeurope"
  version             = "12.0"
}

resource "azurerm_mssql_server_extended_auditing_policy" "off" {
  server_id              = azurerm_mssql_server.switched_off.id
  log_monitoring_enabled = true
  enabled                = false # expect: azure-mssql-server-auditing-disabled "disabled"
}

# Database-level auditing on one database of two leaves the other unaudited.
resource "azurerm_mssql_server" "partly" { # expect: azure-mssql-server-auditing-disabled "`azurerm_mssql_server.partly`"
  name                = "acme-partly"
  resource_group_name = "rg"
  location            = "westeurope"
  version             = "12.0"
}

resource "azurerm_mssql_database" "orders" {
  name      = "orders"
  server_id = azurerm_mssql_server.partly.id
}

resource "azurerm_mssql_database" "scratch" {
  name      = "scratch"
  server_id = azurerm_mssql_server.partly.id
}

resource "azurerm_mssql_database_extended_auditing_policy" "orders" {
  database_id            = azurerm_mssql_database.orders.id
  log_monitoring_enabled = true
}

resource "azurerm_mssql_database_extended_auditing_policy" "scratch" {
  database_id            = azurerm_mssql_database.scratch.id
  log_monitoring_enabled = true
  enabled                = false
}
