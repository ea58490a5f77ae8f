resource "azurerm_iothub" "default" { # expect: azure-iothub-public-network-access-enabled "`azurerm_iothub.default` accepts"
  name                = "iot-default"
  resource_group_name = "rg"
  location            = "westeurope"

  sku {
    name     = "S1"
    capacity = 1
  }
}

resource "azurerm_iothub" "allow" {
  name                          = "iot-allow"
  resource_group_name           = "rg"
  location                      = "westeurope"
  public_network_access_enabled = true

  sku {
    name     = "S1"
    capacity = 1
  }

  network_rule_set {
    default_action = "Allow" # expect: azure-iothub-public-network-access-enabled "by default"
  }
}
