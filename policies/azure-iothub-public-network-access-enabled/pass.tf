resource "azurerm_iothub" "private" {
  name                          = "iot-private"
  resource_group_name           = "rg"
  location                      = "westeurope"
  public_network_access_enabled = false
  local_authentication_enabled  = false

  sku {
    name     = "S1"
    capacity = 1
  }
}

resource "azurerm_iothub" "allow_list" {
  name                = "iot-allow-list"
  resource_group_name = "rg"
  location            = "westeurope"

  sku {
    name     = "S1"
    capacity = 1
  }

  network_rule_set {
    apply_to_builtin_eventhub_endpoint = true

    ip_rule {
      name    = "factory"
      ip_mask = "203.0.113.0/24"
    }
  }
}
