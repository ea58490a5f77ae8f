resource "azurerm_mssql_server" "old" {
  name                         = "acme-old"
  resource_group_name          = "rg"
  location                     = "westeurope"
  version                      = "12.0"
  administrator_login          = "sqladmin"
  administrator_login_password = var.password
  minimum_tls_version          = "1.0" # expect: azure-mssql-server-tls-outdated
}

resource "azurerm_mssql_server" "any" {
  name                         = "acme-any"
  resource_group_name          = "rg"
  location                     = "westeurope"
  version                      = "12.0"
  administrator_login          = "sqladmin"
  administrator_login_password = var.password
  minimum_tls_version          = "Disabled" # expect: azure-mssql-server-tls-outdated
}

variable "password" {
  sensitive = true
}
