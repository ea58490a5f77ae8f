variable "rg_id" {}

resource "azapi_resource" "signalr" {
  type      = "Microsoft.SignalRService/signalR@2024-03-01"
  name      = "sigr-entra-weu"
  parent_id = var.rg_id
  location  = "westeurope"
  body = {
    sku        = { name = "Standard_S1", capacity = 1 }
    properties = { disableLocalAuth = true }
  }
}

# A hub is a child resource, not a service.
resource "azapi_resource" "hub" {
  type      = "Microsoft.SignalRService/webPubSub/hubs@2024-03-01"
  name      = "notifications"
  parent_id = "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.SignalRService/webPubSub/wps"
  body = {
    properties = { anonymousConnectPolicy = "deny" }
  }
}
