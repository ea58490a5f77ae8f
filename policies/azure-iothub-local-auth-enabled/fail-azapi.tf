variable "parent_id" {}

resource "azapi_resource" "hub_default" {
  type      = "Microsoft.Devices/IotHubs@2023-06-30"
  name      = "iot-default"
  parent_id = var.parent_id
  location  = "westeurope"
  body = {
    sku = { name = "S1", capacity = 1 }
    properties = { # expect: azure-iothub-local-auth-enabled "`azapi_resource.hub_default`"
      minTlsVersion = "1.2"
    }
  }
}

resource "azapi_resource" "hub_keys" {
  type      = "Microsoft.Devices/IotHubs@2023-06-30"
  name      = "iot-keys"
  parent_id = var.parent_id
  location  = "westeurope"
  body = jsonencode({
    sku = { name = "S1", capacity = 1 }
    properties = {
      disableLocalAuth = false # expect: azure-iothub-local-auth-enabled "`disableLocalAuth` is not `true`"
    }
  })
}
