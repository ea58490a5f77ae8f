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
