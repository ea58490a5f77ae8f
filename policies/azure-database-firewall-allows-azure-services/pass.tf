resource "azurerm_mssql_firewall_rule" "office" {
  name             = "office"
  server_id        = "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.Sql/servers/sql"
  start_ip_address = "203.0.113.10"
  end_ip_address   = "203.0.113.20"
}

resource "azurerm_postgresql_flexible_server_firewall_rule" "nat" {
  name             = "nat-gateway"
  server_id        = "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.DBforPostgreSQL/flexibleServers/pg"
  start_ip_address = "198.51.100.7"
  end_ip_address   = "198.51.100.7"
}

resource "azurerm_redis_firewall_rule" "app" {
  name                = "app"
  redis_cache_name    = "cache"
  resource_group_name = "rg"
  start_ip            = "198.51.100.7"
  end_ip              = "198.51.100.7"
}
