resource "azurerm_postgresql_configuration" "throttling" {
  name                = "connection_throttling"
  resource_group_name = "rg"
  server_name         = "acme-pg"
  value               = "off" # expect: azure-postgresql-connection-throttling-disabled "`connection_throttling`"
}

resource "azurerm_postgresql_flexible_server_configuration" "throttle" {
  name      = "connection_throttle.enable"
  server_id = "server"
  value     = "OFF" # expect: azure-postgresql-connection-throttling-disabled "`connection_throttle.enable`"
}

variable "throttle" {
  type = string
}

resource "azurerm_postgresql_flexible_server_configuration" "unknown" {
  name      = "connection_throttle.enable"
  server_id = "server"
  value     = var.throttle # expect: azure-postgresql-connection-throttling-disabled unknown
}
