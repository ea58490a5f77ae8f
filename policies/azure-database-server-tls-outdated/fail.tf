resource "azurerm_mysql_server" "single" {
  name                             = "acme-mysql"
  location                         = "westeurope"
  resource_group_name              = "rg"
  sku_name                         = "GP_Gen5_2"
  version                          = "8.0"
  administrator_login              = "mysqladmin"
  administrator_login_password     = "unused"
  ssl_enforcement_enabled          = true
  ssl_minimal_tls_version_enforced = "TLS1_1" # expect: azure-database-server-tls-outdated
}

resource "azurerm_mysql_flexible_server_configuration" "tls" {
  name                = "tls_version"
  resource_group_name = "rg"
  server_name         = "acme-mysql"
  value               = "TLSv1.1,TLSv1.2" # expect: azure-database-server-tls-outdated
}

resource "azurerm_postgresql_flexible_server_configuration" "tls" {
  name      = "ssl_min_protocol_version"
  server_id = "server"
  value     = "TLSv1" # expect: azure-database-server-tls-outdated
}
