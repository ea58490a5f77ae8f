# Storage accounts written with the AzAPI provider.
variable "parent_id" {}

resource "azapi_resource" "datalake" {
  type      = "Microsoft.Storage/storageAccounts@2023-05-01"
  name      = "stlake"
  parent_id = var.parent_id
  location  = "westeurope"
  body = {
    kind = "StorageV2"
    sku  = { name = "Standard_GRS" }
    properties = {
      isHnsEnabled       = true
      isLocalUserEnabled = false
    }
  }
}

# Without a hierarchical namespace or SFTP, an account has no local users.
resource "azapi_resource" "blob" {
  type      = "Microsoft.Storage/storageAccounts@2023-05-01"
  name      = "stblob"
  parent_id = var.parent_id
  location  = "westeurope"
  body = {
    kind       = "StorageV2"
    sku        = { name = "Standard_GRS" }
    properties = { minimumTlsVersion = "TLS1_2" }
  }
}
