variable "password" {
  sensitive = true
}

resource "azurerm_mssql_server" "default" {
  name                         = "acme-default"
  resource_group_name          = "rg"
  location                     = "westeurope"
  version                      = "12.0"
  administrator_login          = "sqladmin"
  administrator_login_password = var.password
}

resource "azurerm_mssql_server" "explicit" {
  name                         = "acme-explicit"
  resource_group_name          = "rg"
  location                     = "westeurope"
  version                      = "12.0"
  administrator_login          = "sqladmin"
  administrator_login_password = var.password
  minimum_tls_version          = "1.2"
}
