# Storage accounts written with the AzAPI provider.
variable "parent_id" {}

resource "azapi_resource" "policy" {
  type      = "Microsoft.Storage/storageAccounts@2023-05-01"
  name      = "stpolicy"
  parent_id = var.parent_id
  location  = "westeurope"
  body = jsonencode({
    kind = "StorageV2"
    sku  = { name = "Standard_GRS" }
    properties = {
      sasPolicy = {
        sasExpirationPeriod = "00.08:00:00"
        expirationAction    = "Block"
      }
    }
  })
}

# No account or service SAS can be used without the shared keys.
resource "azapi_resource" "no_shared_key" {
  type      = "Microsoft.Storage/storageAccounts@2023-05-01"
  name      = "stnokey"
  parent_id = var.parent_id
  location  = "westeurope"
  body = {
    kind       = "StorageV2"
    sku        = { name = "Standard_GRS" }
    properties = { allowSharedKeyAccess = false }
  }
}

# Not a storage account.
resource "azapi_resource" "container" {
  type      = "Microsoft.Storage/storageAccounts/blobServices/containers@2023-05-01"
  name      = "data"
  parent_id = "${azapi_resource.policy.id}/blobServices/default"
  body      = { properties = {} }
}
