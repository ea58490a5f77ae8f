resource "azurerm_postgresql_flexible_server_configuration" "connections" {
  name      = "log_connections"
  server_id = "server"
  value     = "on"
}

resource "azurerm_postgresql_flexible_server_configuration" "statements" {
  name      = "log_statement"
  server_id = "server"
  value     = "off"
}
