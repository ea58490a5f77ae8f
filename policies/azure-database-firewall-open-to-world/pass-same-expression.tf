# The deployer's own address, looked up when Terraform runs: the start and
# the end are the same expression, so the rule admits one address.
data "http" "ip" {
  url = "https://ifconfig.me/ip"
}

resource "azurerm_mssql_firewall_rule" "deployer" {
  name             = "deployer"
  server_id        = "server"
  start_ip_address = data.http.ip.response_body
  end_ip_address   = data.http.ip.response_body
}

resource "azurerm_postgresql_flexible_server_firewall_rule" "deployer" {
  name             = "deployer"
  server_id        = "server"
  start_ip_address = chomp(data.http.ip.response_body)
  end_ip_address   = chomp(data.http.ip.response_body)
}

resource "azurerm_redis_firewall_rule" "deployer" {
  name                = "deployer"
  redis_cache_name    = "cache"
  resource_group_name = "rg"
  start_ip            = data.http.ip.response_body
  end_ip              = data.http.ip.response_body
}

resource "azurerm_analysis_services_server" "deployer" {
  name                = "asdeployer"
  location            = "westeurope"
  resource_group_name = "rg"
  sku                 = "S0"

  ipv4_firewall_rule {
    name        = "Deployer"
    range_start = data.http.ip.response_body
    range_end   = data.http.ip.response_body
  }

  ipv4_firewall_rule {
    name        = "AzureServices"
    range_start = "0.0.0.0"
    range_end   = "0.0.0.0"
  }
}
