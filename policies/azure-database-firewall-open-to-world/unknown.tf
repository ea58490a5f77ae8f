# Different expressions not known statically: the range is not known.
variable "start" {
  type = string
}

variable "end" {
  type = string
}

resource "azurerm_mssql_firewall_rule" "from_variables" {
  name             = "from-variables"
  server_id        = "server"
  start_ip_address = var.start # expect: azure-database-firewall-open-to-world unknown
  end_ip_address   = var.end
}

resource "azurerm_analysis_services_server" "from_variables" {
  name                = "asvariables"
  location            = "westeurope"
  resource_group_name = "rg"
  sku                 = "S0"

  ipv4_firewall_rule {
    name        = "FromVariables"
    range_start = var.start # expect: azure-database-firewall-open-to-world unknown
    range_end   = var.end
  }
}

# One end known, the other not: reported once, as not known.
resource "azurerm_redis_firewall_rule" "half_known" {
  name                = "half-known"
  redis_cache_name    = "redis"
  resource_group_name = "rg"
  start_ip            = "0.0.0.0" # expect: azure-database-firewall-open-to-world unknown
  end_ip              = var.end
}

resource "azurerm_analysis_services_server" "half_known" {
  name                = "ashalfknown"
  location            = "westeurope"
  resource_group_name = "rg"
  sku                 = "S0"

  ipv4_firewall_rule {
    name        = "HalfKnown"
    range_start = "0.0.0.0" # expect: azure-database-firewall-open-to-world unknown
    range_end   = var.end
  }
}

resource "azurerm_mssql_firewall_rule" "half_known" {
  name             = "half-known"
  server_id        = "server"
  start_ip_address = "0.0.0.0" # expect: azure-database-firewall-open-to-world unknown
  end_ip_address   = var.end
}
