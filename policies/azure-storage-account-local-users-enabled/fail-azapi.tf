# Storage accounts written with the AzAPI provider.
variable "parent_id" {}

resource "azapi_resource" "sftp" {
  type      = "Microsoft.Storage/storageAccounts@2023-05-01"
  name      = "stsftp"
  parent_id = var.parent_id
  location  = "westeurope"
  body = {
    kind = "StorageV2"
    sku  = { name = "Standard_GRS" }
    properties = {
      isHnsEnabled       = true
      isSftpEnabled      = true
      isLocalUserEnabled = true # expect: azure-storage-account-local-users-enabled
    }
  }
}

# A missing `isLocalUserEnabled` leaves local users on.
resource "azapi_resource" "sftp_default" {
  type      = "Microsoft.Storage/storageAccounts@2023-05-01"
  name      = "stsftpdefault"
  parent_id = var.parent_id
  location  = "westeurope"
  body = jsonencode({
    kind = "StorageV2"
    sku  = { name = "Standard_GRS" }
    properties = { # expect: azure-storage-account-local-users-enabled
      isHnsEnabled  = true
      isSftpEnabled = true
    }
  })
}
