resource "azurerm_postgresql_flexible_server_configuration" "throttle" {
  name      = "connection_throttle.enable"
  server_id = "server"
  value     = "on"
}

resource "azurerm_postgresql_configuration" "throttling" {
  name                = "connection_throttling"
  resource_group_name = "rg"
  server_name         = "acme-pg"
  value               = "ON"
}

resource "azurerm_postgresql_flexible_server_configuration" "other" {
  name      = "log_checkpoints"
  server_id = "server"
  value     = "off"
}

