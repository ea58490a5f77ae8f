resource "azurerm_postgresql_server" "default" {
  name                         = "acme-pg"
  location                     = "westeurope"
  resource_group_name          = "rg"
  sku_name                     = "GP_Gen5_2"
  version                      = "11"
  administrator_login          = "pgadmin"
  administrator_login_password = "unused"
  ssl_enforcement_enabled      = true
}

resource "azurerm_mysql_flexible_server_configuration" "tls" {
  name                = "tls_version"
  resource_group_name = "rg"
  server_name         = "acme-mysql"
  value               = "TLSv1.2,TLSv1.3"
}

resource "azurerm_postgresql_flexible_server_configuration" "tls" {
  name      = "ssl_min_protocol_version"
  server_id = "server"
  value     = "TLSv1.3"
}
