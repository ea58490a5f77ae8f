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

resource "azurerm_analysis_services_server" "open" {
  name                = "asopen"
  location            = "westeurope"
  resource_group_name = "rg"
  sku                 = "S0"

  ipv4_firewall_rule {
    name        = "Office"
    range_start = "203.0.113.0"
    range_end   = "203.0.113.255"
  }

  ipv4_firewall_rule {
    name        = "AllowFromAll"
    range_start = "0.0.0.0" # expect: azure-database-firewall-open-to-world "firewall rule `AllowFromAll` of Analysis Services server `azurerm_analysis_services_server.open`"
    range_end   = "255.255.255.255"
  }

  ipv4_firewall_rule {
    name        = "MostOfTheInternet"
    range_start = "128.0.0.0" # expect: azure-database-firewall-open-to-world "`MostOfTheInternet`"
    range_end   = "255.255.255.255"
  }
}

# Ranges over half of the IPv4 space, without being all of it.
resource "azurerm_postgresql_flexible_server_firewall_rule" "from_zero" {
  name             = "from-zero"
  server_id        = "server"
  start_ip_address = "0.0.0.0" # expect: azure-database-firewall-open-to-world "over half of the internet"
  end_ip_address   = "192.168.10.0"
}

resource "azurerm_mysql_flexible_server_firewall_rule" "to_top" {
  name                = "to-top"
  resource_group_name = "rg"
  server_name         = "mysql"
  start_ip_address    = "10.0.0.0" # expect: azure-database-firewall-open-to-world "4127195136 IPv4 addresses"
  end_ip_address      = "255.255.255.255"
}

resource "azurerm_redis_firewall_rule" "wide" {
  name                = "wide"
  redis_cache_name    = "redis"
  resource_group_name = "rg"
  start_ip            = "1.0.0.0" # expect: azure-database-firewall-open-to-world "`azurerm_redis_firewall_rule.wide` admits"
  end_ip              = "200.0.0.0"
}
