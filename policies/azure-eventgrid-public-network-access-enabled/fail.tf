resource "azurerm_eventgrid_topic" "default" { # expect: azure-eventgrid-public-network-access-enabled "topic `azurerm_eventgrid_topic.default`"
  name                = "egt-default"
  location            = "westeurope"
  resource_group_name = "rg"
}

resource "azurerm_eventgrid_topic" "world" {
  name                          = "egt-world"
  location                      = "westeurope"
  resource_group_name           = "rg"
  public_network_access_enabled = true # expect: azure-eventgrid-public-network-access-enabled

  inbound_ip_rule {
    ip_mask = "0.0.0.0/0"
    action  = "Allow"
  }
}

resource "azurerm_eventgrid_domain" "default" { # expect: azure-eventgrid-public-network-access-enabled "domain"
  name                = "egd-default"
  location            = "westeurope"
  resource_group_name = "rg"
}
