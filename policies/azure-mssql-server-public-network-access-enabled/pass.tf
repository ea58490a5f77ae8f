variable "admin_group_id" {}

resource "azurerm_mssql_server" "private" {
  name                          = "private"
  resource_group_name           = "rg"
  location                      = "westeurope"
  version                       = "12.0"
  minimum_tls_version           = "1.2"
  public_network_access_enabled = false

  azuread_administrator {
    login_username              = "sql-admins"
    object_id                   = var.admin_group_id
    azuread_authentication_only = true
  }
}

# Not a SQL server: the PostgreSQL single server is another policy's.
resource "azurerm_postgresql_server" "pg" {
  name                          = "pg"
  location                      = "westeurope"
  resource_group_name           = "rg"
  sku_name                      = "GP_Gen5_2"
  version                       = "11"
  ssl_enforcement_enabled       = true
  public_network_access_enabled = false
}
