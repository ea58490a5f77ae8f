resource "azurerm_data_factory" "default" { # expect: azure-data-factory-public-network-access-enabled
  name                = "default"
  location            = "westeurope"
  resource_group_name = "rg"
}

resource "azurerm_data_factory" "explicit" {
  name                   = "explicit"
  location               = "westeurope"
  resource_group_name    = "rg"
  public_network_enabled = true # expect: azure-data-factory-public-network-access-enabled
}
