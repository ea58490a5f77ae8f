variable "rg_id" {}

# ARM leaves the access keys usable when the body does not say otherwise.
resource "azapi_resource" "signalr" {
  type      = "Microsoft.SignalRService/signalR@2024-03-01"
  name      = "sigr-default-weu"
  parent_id = var.rg_id
  location  = "westeurope"
  body = {
    sku        = { name = "Standard_S1", capacity = 1 }
    properties = { # expect: azure-signalr-local-auth-enabled "`azapi_resource.signalr`"
      publicNetworkAccess = "Disabled"
    }
  }
}

resource "azapi_resource" "pubsub" {
  type      = "Microsoft.SignalRService/webPubSub@2024-03-01"
  name      = "wps-keys-weu"
  parent_id = var.rg_id
  location  = "westeurope"
  body = jsonencode({
    sku = { name = "Standard_S1", capacity = 1 }
    properties = {
      disableLocalAuth = false # expect: azure-signalr-local-auth-enabled "`azapi_resource.pubsub`"
    }
  })
}
