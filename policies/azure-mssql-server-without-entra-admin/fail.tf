variable "password" {}

resource "azurerm_mssql_server" "sql_only" { # expect: azure-mssql-server-without-entra-admin
  name                         = "sqlonly"
  resource_group_name          = "rg"
  location                     = "westeurope"
  version                      = "12.0"
  administrator_login          = "sqladmin"
  administrator_login_password = var.password
}

resource "azurerm_sql_server" "legacy" { # expect: azure-mssql-server-without-entra-admin
  name                         = "legacy"
  resource_group_name          = "rg"
  location                     = "westeurope"
  version                      = "12.0"
  administrator_login          = "sqladmin"
  administrator_login_password = var.password
}

resource "azurerm_mssql_server" "blank_admin" {
  name                = "acme-blank"
  resource_group_name = "rg"
  location            = "westeurope"
  version             = "12.0"

  azuread_administrator {
    login_username = " " # expect: azure-mssql-server-without-entra-admin "blank"
    object_id      = "00000000-0000-0000-0000-000000000000"
  }
}
