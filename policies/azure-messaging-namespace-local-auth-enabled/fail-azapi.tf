# Namespaces written with the AzAPI provider.
variable "parent_id" {}

# ARM's default leaves local authentication on.
resource "azapi_resource" "eventhub_default" {
  type      = "Microsoft.EventHub/namespaces@2024-01-01"
  name      = "evhns-default"
  parent_id = var.parent_id
  location  = "westeurope"
  body = {
    sku = { name = "Standard", tier = "Standard", capacity = 1 }
    properties = { # expect: azure-messaging-namespace-local-auth-enabled "`azapi_resource.eventhub_default`"
      minimumTlsVersion = "1.2"
    }
  }
}

resource "azapi_resource" "servicebus" {
  type      = "Microsoft.ServiceBus/namespaces@2022-10-01-preview"
  name      = "sbns-keys"
  parent_id = var.parent_id
  location  = "westeurope"
  body = jsonencode({
    sku = { name = "Premium", tier = "Premium", capacity = 1 }
    properties = {
      disableLocalAuth = false # expect: azure-messaging-namespace-local-auth-enabled "`azapi_resource.servicebus`"
    }
  })
}
