resource "azurerm_postgresql_configuration" "connections" {
  name                = "log_connections"
  resource_group_name = "rg"
  server_name         = "acme-pg"
  value               = "off" # expect: azure-postgresql-connection-logging-disabled
}

resource "azurerm_postgresql_flexible_server_configuration" "disconnections" {
  name      = "log_disconnections"
  server_id = "server"
  value     = "OFF" # expect: azure-postgresql-connection-logging-disabled
}
