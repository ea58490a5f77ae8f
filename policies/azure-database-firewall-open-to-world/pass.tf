resource "azurerm_mssql_firewall_rule" "office" {
  name             = "office"
  server_id        = "server"
  start_ip_address = "203.0.113.0"
  end_ip_address   = "203.0.113.255"
}

resource "azurerm_mssql_firewall_rule" "azure_services" {
  name             = "AllowAzureServices"
  server_id        = "server"
  start_ip_address = "0.0.0.0"
  end_ip_address   = "0.0.0.0"
}

resource "azurerm_mysql_flexible_server_firewall_rule" "app" {
  name                = "app"
  resource_group_name = "rg"
  server_name         = "mysql"
  start_ip_address    = "198.51.100.10"
  end_ip_address      = "198.51.100.10"
}

resource "azurerm_redis_firewall_rule" "office" {
  name                = "office"
  redis_cache_name    = "cache"
  resource_group_name = "rg"
  start_ip            = "203.0.113.0"
  end_ip              = "203.0.113.255"
}

resource "azurerm_redis_firewall_rule" "azure_services" {
  name                = "azure_services"
  redis_cache_name    = "cache"
  resource_group_name = "rg"
  start_ip            = "0.0.0.0"
  end_ip              = "0.0.0.0"
}

# A wide private range is under half of the IPv4 space.
resource "azurerm_postgresql_flexible_server_firewall_rule" "private" {
  name             = "private"
  server_id        = "server"
  start_ip_address = "10.0.0.0"
  end_ip_address   = "10.255.255.255"
}

resource "azurerm_redis_firewall_rule" "office" {
  name                = "office"
  redis_cache_name    = "redis"
  resource_group_name = "rg"
  start_ip            = "203.0.113.0"
  end_ip              = "203.0.113.255"
}
