# Storage accounts written with the AzAPI provider.
variable "parent_id" {}

variable "https_traffic_only_enabled" {
  type    = bool
  default = true
}

resource "azapi_resource" "explicit" {
  type      = "Microsoft.Storage/storageAccounts@2023-05-01"
  name      = "stexplicit"
  parent_id = var.parent_id
  location  = "westeurope"
  body = {
    kind = "StorageV2"
    sku  = { name = "Standard_LRS" }
    properties = {
      supportsHttpsTrafficOnly = var.https_traffic_only_enabled
    }
  }
}

# Since API version 2019-04-01 a missing property means `true`.
resource "azapi_resource" "default" {
  type      = "Microsoft.Storage/storageAccounts@2025-06-01"
  name      = "stdefault"
  parent_id = var.parent_id
  location  = "westeurope"
  body = {
    kind       = "StorageV2"
    sku        = { name = "Standard_ZRS" }
    properties = { minimumTlsVersion = "TLS1_2" }
  }
}

resource "azapi_resource" "jsonencode" {
  type      = "Microsoft.Storage/storageAccounts@2018-11-01"
  name      = "stjson"
  parent_id = var.parent_id
  location  = "westeurope"
  body = jsonencode({
    kind       = "StorageV2"
    sku        = { name = "Standard_LRS" }
    properties = { supportsHttpsTrafficOnly = true }
  })
}

# Not a storage account.
resource "azapi_resource" "queue" {
  type      = "Microsoft.Storage/storageAccounts/queueServices/queues@2023-05-01"
  name      = "jobs"
  parent_id = "${azapi_resource.default.id}/queueServices/default"
  body      = { properties = {} }
}
