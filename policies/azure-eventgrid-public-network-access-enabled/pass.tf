resource "azurerm_eventgrid_topic" "private" {
  name                          = "egt-private"
  location                      = "westeurope"
  resource_group_name           = "rg"
  public_network_access_enabled = false
  local_auth_enabled            = false
}

resource "azurerm_eventgrid_domain" "allow_list" {
  name                = "egd-allow-list"
  location            = "westeurope"
  resource_group_name = "rg"

  inbound_ip_rule {
    ip_mask = "203.0.113.0/24"
    action  = "Allow"
  }

  inbound_ip_rule {
    ip_mask = "198.51.100.17"
    action  = "Allow"
  }
}
