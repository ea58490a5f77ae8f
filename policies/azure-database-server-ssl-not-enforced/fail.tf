resource "azurerm_postgresql_server" "single" {
  name                         = "acme-pg"
  location                     = "westeurope"
  resource_group_name          = "rg"
  sku_name                     = "GP_Gen5_2"
  version                      = "11"
  administrator_login          = "pgadmin"
  administrator_login_password = "unused"
  ssl_enforcement_enabled      = false # expect: azure-database-server-ssl-not-enforced
}

resource "azurerm_mysql_flexible_server_configuration" "tls" {
  name                = "require_secure_transport"
  resource_group_name = "rg"
  server_name         = "acme-mysql"
  value               = "OFF" # expect: azure-database-server-ssl-not-enforced
}
