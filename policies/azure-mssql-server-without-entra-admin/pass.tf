variable "password" {}
variable "group_object_id" {}
variable "tenant_id" {}

resource "azurerm_mssql_server" "entra" {
  name                = "entra"
  resource_group_name = "rg"
  location            = "westeurope"
  version             = "12.0"

  azuread_administrator {
    login_username              = "sql-admins"
    object_id                   = var.group_object_id
    azuread_authentication_only = true
  }
}

resource "azurerm_sql_server" "legacy" {
  name                         = "legacy"
  resource_group_name          = "rg"
  location                     = "westeurope"
  version                      = "12.0"
  administrator_login          = "sqladmin"
  administrator_login_password = var.password
}

resource "azurerm_sql_active_directory_administrator" "legacy" {
  server_name         = azurerm_sql_server.legacy.name
  resource_group_name = "rg"
  login               = "sql-admins"
  tenant_id           = var.tenant_id
  object_id           = var.group_object_id
}
