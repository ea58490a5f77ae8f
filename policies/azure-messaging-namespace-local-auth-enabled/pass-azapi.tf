# Namespaces written with the AzAPI provider.
variable "parent_id" {}

resource "azapi_resource" "eventhub" {
  type      = "Microsoft.EventHub/namespaces@2024-01-01"
  name      = "evhns-entra"
  parent_id = var.parent_id
  location  = "westeurope"
  body = {
    sku        = { name = "Standard", tier = "Standard", capacity = 1 }
    properties = { disableLocalAuth = true }
  }
}

resource "azapi_resource" "servicebus" {
  type      = "Microsoft.ServiceBus/namespaces@2022-10-01-preview"
  name      = "sbns-entra"
  parent_id = var.parent_id
  location  = "westeurope"
  body = jsonencode({
    sku        = { name = "Standard", tier = "Standard" }
    properties = { disableLocalAuth = true }
  })
}

# An event hub in a namespace is not a namespace.
resource "azapi_resource" "hub" {
  type      = "Microsoft.EventHub/namespaces/eventhubs@2024-01-01"
  name      = "orders"
  parent_id = azapi_resource.eventhub.id
  body      = { properties = { partitionCount = 2 } }
}
