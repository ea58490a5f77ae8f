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
