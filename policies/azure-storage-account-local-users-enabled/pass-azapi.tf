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

# A Data Lake account without SFTP: local users have no endpoint to log in to.
resource "azapi_resource" "lake_no_sftp" {
  type      = "Microsoft.Storage/storageAccounts@2023-05-01"
  name      = "stlakenosftp"
  parent_id = var.parent_id
  location  = "westeurope"
  body = {
    kind       = "StorageV2"
    sku        = { name = "Standard_ZRS" }
    properties = { isHnsEnabled = true }
  }
}

# Without SFTP, an account has no local user logins.
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

# A local user is a child resource, not an account: the account is what is checked.
resource "azapi_resource" "local_user" {
  type      = "Microsoft.Storage/storageAccounts/localUsers@2023-05-01"
  name      = "partner"
  parent_id = azapi_resource.datalake.id
  body = {
    properties = { hasSshKey = true, isSftpEnabled = true }
  }
}
