resource "azurerm_search_service" "default" { # expect: azure-search-service-public-network-access-enabled "`azurerm_search_service.default` accepts"
  name                = "srch-default"
  resource_group_name = "rg"
  location            = "westeurope"
  sku                 = "standard"
}

resource "azurerm_search_service" "world" {
  name                          = "srch-world"
  resource_group_name           = "rg"
  location                      = "westeurope"
  sku                           = "standard"
  public_network_access_enabled = true
  allowed_ips                   = ["203.0.113.4", "0.0.0.0/0"] # expect: azure-search-service-public-network-access-enabled "allows every address"
}
