# Storage accounts written with the AzAPI provider.
variable "parent_id" {}

variable "allow_nested_items_to_be_public" {
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
      allowBlobPublicAccess = var.allow_nested_items_to_be_public
      minimumTlsVersion     = "TLS1_2"
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
    properties = { allowBlobPublicAccess = false }
  })
}

# Azure Files only: no blob storage.
resource "azapi_resource" "files" {
  type      = "Microsoft.Storage/storageAccounts@2023-05-01"
  name      = "stfiles"
  parent_id = var.parent_id
  location  = "westeurope"
  body = {
    kind       = "fileStorage"
    sku        = { name = "Premium_LRS" }
    properties = { minimumTlsVersion = "TLS1_2" }
  }
}

# A container is another policy's (`azure-storage-container-public`).
resource "azapi_resource" "container" {
  type      = "Microsoft.Storage/storageAccounts/blobServices/containers@2023-05-01"
  name      = "data"
  parent_id = "${azapi_resource.avm.id}/blobServices/default"
  body      = { properties = { publicAccess = "None" } }
}

# No `allowBlobPublicAccess` at an API version whose documented default is
# `false` (as the Azure Verified Modules' web app examples write it).
resource "azapi_resource" "default_closed" {
  type      = "Microsoft.Storage/storageAccounts@2025-01-01"
  name      = "stfuncdefault"
  parent_id = var.parent_id
  location  = "westeurope"
  body = {
    kind = "StorageV2"
    sku  = { name = "Standard_ZRS" }
    properties = {
      networkAcls = { defaultAction = "Deny", bypass = "AzureServices" }
    }
  }
}
