# Namespaces written with the AzAPI provider.
variable "parent_id" {}

variable "tls" {
  default = "1.1"
}

resource "azapi_resource" "eventhub" {
  type      = "Microsoft.EventHub/namespaces@2024-01-01"
  name      = "evhns-old-tls"
  parent_id = var.parent_id
  location  = "westeurope"
  body = {
    sku = { name = "Standard", tier = "Standard", capacity = 1 }
    properties = {
      minimumTlsVersion = "1.0" # expect: azure-messaging-namespace-tls-outdated "TLS `1.0`"
    }
  }
}

resource "azapi_resource" "servicebus" {
  type      = "Microsoft.ServiceBus/namespaces@2022-10-01-preview"
  name      = "sbns-old-tls"
  parent_id = var.parent_id
  location  = "westeurope"
  body = {
    sku = { name = "Standard", tier = "Standard" }
    properties = {
      minimumTlsVersion = var.tls # expect: azure-messaging-namespace-tls-outdated "TLS `1.1`"
    }
  }
}
