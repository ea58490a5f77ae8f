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

resource "azurerm_postgresql_configuration" "checkpoints" {
  name                = "log_checkpoints"
  resource_group_name = "rg"
  server_name         = "acme-pg"
  value               = "off" # expect: azure-postgresql-connection-logging-disabled "`log_checkpoints`"
}

resource "azurerm_postgresql_configuration" "retention" {
  name                = "log_retention"
  resource_group_name = "rg"
  server_name         = "acme-pg"
  value               = "OFF" # expect: azure-postgresql-connection-logging-disabled "`log_retention`"
}
