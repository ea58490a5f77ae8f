# Storage accounts written with the AzAPI provider.
variable "parent_id" {}

variable "shared_access_key_enabled" {
  type    = bool
  default = false
}

# As Azure Verified Modules write it.
resource "azapi_resource" "avm" {
  type      = "Microsoft.Storage/storageAccounts@2025-06-01"
  name      = "stavm"
  parent_id = var.parent_id
  location  = "westeurope"
  body = {
    kind = "StorageV2"
    sku  = { name = "Standard_ZRS" }
    properties = {
      allowSharedKeyAccess         = var.shared_access_key_enabled
      defaultToOAuthAuthentication = true
    }
  }
  ignore_null_property = true
}

resource "azapi_resource" "jsonencode" {
  type      = "Microsoft.Storage/storageAccounts@2021-09-01"
  name      = "stjson"
  parent_id = var.parent_id
  location  = "westeurope"
  body = jsonencode({
    kind       = "StorageV2"
    sku        = { name = "Standard_LRS" }
    properties = { allowSharedKeyAccess = false }
  })
}

# Not a storage account.
resource "azapi_resource" "blob_service" {
  type      = "Microsoft.Storage/storageAccounts/blobServices@2023-05-01"
  name      = "default"
  parent_id = azapi_resource.avm.id
  body      = { properties = {} }
}
