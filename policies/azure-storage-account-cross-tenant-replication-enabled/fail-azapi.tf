variable "rg_id" {}

resource "azapi_resource" "shared" {
  type      = "Microsoft.Storage/storageAccounts@2023-05-01"
  name      = "stsharedweu"
  parent_id = var.rg_id
  location  = "westeurope"
  body = jsonencode({
    kind = "StorageV2"
    sku  = { name = "Standard_ZRS" }
    properties = {
      allowCrossTenantReplication = true # expect: azure-storage-account-cross-tenant-replication-enabled "`azapi_resource.shared`"
    }
  })
}
