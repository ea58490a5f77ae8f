resource "azurerm_search_service" "private" {
  name                          = "srch-private"
  resource_group_name           = "rg"
  location                      = "westeurope"
  sku                           = "standard"
  public_network_access_enabled = false
  local_authentication_enabled  = false
}

resource "azurerm_search_service" "allow_list" {
  name                = "srch-allow-list"
  resource_group_name = "rg"
  location            = "westeurope"
  sku                 = "basic"
  allowed_ips         = ["203.0.113.0/24"]
}
