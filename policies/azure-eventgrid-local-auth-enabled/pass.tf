resource "azurerm_eventgrid_topic" "entra" {
  name                          = "egt-entra"
  location                      = "westeurope"
  resource_group_name           = "rg"
  local_auth_enabled            = false
  public_network_access_enabled = false
}

resource "azurerm_eventgrid_domain" "entra" {
  name                = "egd-entra"
  location            = "westeurope"
  resource_group_name = "rg"
  local_auth_enabled  = false
}
