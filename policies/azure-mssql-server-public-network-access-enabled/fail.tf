resource "azurerm_mssql_server" "default" { # expect: azure-mssql-server-public-network-access-enabled
  name                         = "default"
  resource_group_name          = "rg"
  location                     = "westeurope"
  version                      = "12.0"
  administrator_login          = "sqladmin"
  administrator_login_password = var.password
  minimum_tls_version          = "1.2"
}

resource "azurerm_sql_server" "legacy" {
  name                          = "legacy"
  resource_group_name           = "rg"
  location                      = "westeurope"
  version                       = "12.0"
  administrator_login           = "sqladmin"
  administrator_login_password  = var.password
  public_network_access_enabled = true # expect: azure-mssql-server-public-network-access-enabled
}

variable "password" {}
