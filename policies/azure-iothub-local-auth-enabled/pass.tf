resource "azurerm_iothub" "telemetry" {
  name                         = "iot-telemetry"
  resource_group_name          = "rg-iot"
  location                     = "westeurope"
  local_authentication_enabled = false

  sku {
    name     = "S1"
    capacity = 1
  }
}
