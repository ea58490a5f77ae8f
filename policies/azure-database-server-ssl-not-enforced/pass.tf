resource "azurerm_mysql_server" "single" {
  name                             = "acme-mysql"
  location                         = "westeurope"
  resource_group_name              = "rg"
  sku_name                         = "GP_Gen5_2"
  version                          = "8.0"
  administrator_login              = "mysqladmin"
  administrator_login_password     = "unused"
  ssl_enforcement_enabled          = true
  ssl_minimal_tls_version_enforced = "TLS1_2"
}

resource "azurerm_postgresql_flexible_server_configuration" "logging" {
  name      = "log_connections"
  server_id = "server"
  value     = "on"
}

resource "azurerm_postgresql_flexible_server_configuration" "tls" {
  name      = "require_secure_transport"
  server_id = "server"
  value     = "on"
}
