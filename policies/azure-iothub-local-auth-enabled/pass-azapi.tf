variable "parent_id" {}

resource "azapi_resource" "hub" {
  type      = "Microsoft.Devices/IotHubs@2023-06-30"
  name      = "iot-entra"
  parent_id = var.parent_id
  location  = "westeurope"
  body = {
    sku = { name = "S1", capacity = 1 }
    properties = {
      disableLocalAuth = true
    }
  }
}

# Another resource type is not a hub.
resource "azapi_resource" "dps" {
  type      = "Microsoft.Devices/provisioningServices@2022-12-12"
  name      = "dps-factory"
  parent_id = var.parent_id
  location  = "westeurope"
  body = {
    sku        = { name = "S1", capacity = 1 }
    properties = {}
  }
}
