# Containers written with the AzAPI provider.
variable "storage_account_id" {}

variable "container_type" {}

resource "azapi_resource" "private" {
  type      = "Microsoft.Storage/storageAccounts/blobServices/containers@2023-05-01"
  name      = "private"
  parent_id = "${var.storage_account_id}/blobServices/default"
  body = {
    properties = {
      publicAccess = "None"
    }
  }
}

# ARM's default is `None`.
resource "azapi_resource" "default" {
  type      = "Microsoft.Storage/storageAccounts/blobServices/containers@2023-05-01"
  name      = "default"
  parent_id = "${var.storage_account_id}/blobServices/default"
  body      = { properties = {} }
}

# A `type` not known statically is skipped.
resource "azapi_resource" "unknown" {
  type      = var.container_type
  name      = "unknown"
  parent_id = "${var.storage_account_id}/blobServices/default"
  body = {
    properties = {
      publicAccess = "Blob"
    }
  }
}
