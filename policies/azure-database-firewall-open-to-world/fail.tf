resource "azurerm_mssql_firewall_rule" "all" {
  name             = "all"
  server_id        = "server"
  start_ip_address = "0.0.0.0" # expect: azure-database-firewall-open-to-world
  end_ip_address   = "255.255.255.255"
}

variable "end" {
  default = "255.255.255.255"
}

resource "azurerm_postgresql_flexible_server_firewall_rule" "all" {
  name             = "all"
  server_id        = "server"
  start_ip_address = "0.0.0.0" # expect: azure-database-firewall-open-to-world
  end_ip_address   = var.end
}

resource "azurerm_redis_firewall_rule" "all" {
  name                = "all"
  redis_cache_name    = "cache"
  resource_group_name = "rg"
  start_ip            = "0.0.0.0" # expect: azure-database-firewall-open-to-world
  end_ip              = "255.255.255.255"
}
