# Namespaces written with the AzAPI provider.
variable "parent_id" {}

resource "azapi_resource" "eventhub" {
  type      = "Microsoft.EventHub/namespaces@2024-01-01"
  name      = "evhns-tls12"
  parent_id = var.parent_id
  location  = "westeurope"
  body = {
    sku        = { name = "Standard", tier = "Standard", capacity = 1 }
    properties = { minimumTlsVersion = "1.2" }
  }
}

# A missing property takes the default, 1.2.
resource "azapi_resource" "servicebus" {
  type      = "Microsoft.ServiceBus/namespaces@2022-10-01-preview"
  name      = "sbns-default"
  parent_id = var.parent_id
  location  = "westeurope"
  body = jsonencode({
    sku        = { name = "Standard", tier = "Standard" }
    properties = { disableLocalAuth = true }
  })
}
