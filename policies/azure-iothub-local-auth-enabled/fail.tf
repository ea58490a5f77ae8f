# The provider's default keeps the shared access policies usable.
resource "azurerm_iothub" "telemetry" { # expect: azure-iothub-local-auth-enabled "`azurerm_iothub.telemetry`"
  name                = "iot-telemetry"
  resource_group_name = "rg-iot"
  location            = "westeurope"

  sku {
    name     = "S1"
    capacity = 1
  }
}

variable "iot_local_auth" {
  default = true
}

resource "azurerm_iothub" "factory" {
  name                         = "iot-factory"
  resource_group_name          = "rg-iot"
  location                     = "westeurope"
  local_authentication_enabled = var.iot_local_auth # expect: azure-iothub-local-auth-enabled "`azurerm_iothub.factory`"

  sku {
    name     = "S1"
    capacity = 2
  }
}
