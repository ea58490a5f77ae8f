# Containers written with the AzAPI provider.
variable "storage_account_id" {}

variable "access" {
  default = "Container"
}

resource "azapi_resource" "assets" {
  type      = "Microsoft.Storage/storageAccounts/blobServices/containers@2023-05-01"
  name      = "assets"
  parent_id = "${var.storage_account_id}/blobServices/default"
  body = {
    properties = {
      publicAccess = "Blob" # expect: azure-storage-container-public "`Blob` access"
    }
  }
}

# `jsonencode()`, with the value from a variable with a default.
resource "azapi_resource" "listing" {
  type      = "Microsoft.Storage/storageAccounts/blobServices/containers@2021-04-01"
  name      = "listing"
  parent_id = "${var.storage_account_id}/blobServices/default"
  body = jsonencode({ # expect: azure-storage-container-public "`Container` access"
    properties = {
      publicAccess = var.access
    }
  })
}
