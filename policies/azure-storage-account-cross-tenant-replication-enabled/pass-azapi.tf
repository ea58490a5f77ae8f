variable "rg_id" {}

resource "azapi_resource" "private" {
  type      = "Microsoft.Storage/storageAccounts@2023-05-01"
  name      = "stprivateweu"
  parent_id = var.rg_id
  location  = "westeurope"
  body = {
    kind       = "StorageV2"
    sku        = { name = "Standard_ZRS" }
    properties = { allowCrossTenantReplication = false }
  }
}

# A blob service is a child of the account, not an account.
resource "azapi_resource" "blob_service" {
  type      = "Microsoft.Storage/storageAccounts/blobServices@2023-05-01"
  name      = "default"
  parent_id = azapi_resource.private.id
  body = {
    properties = { isVersioningEnabled = true }
  }
}
