resource "azurerm_container_registry" "open" { # expect: azure-container-registry-public-network-access-enabled
  name                = "open"
  resource_group_name = "rg"
  location            = "westeurope"
  sku                 = "Premium"
}

resource "azurerm_container_registry" "allow" {
  name                = "allow"
  resource_group_name = "rg"
  location            = "westeurope"
  sku                 = "Premium"

  network_rule_set {
    default_action = "Allow" # expect: azure-container-registry-public-network-access-enabled "by default"
  }
}
