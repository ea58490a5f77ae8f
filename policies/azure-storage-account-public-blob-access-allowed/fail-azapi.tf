# Storage accounts written with the AzAPI provider.
variable "parent_id" {}

variable "allow_nested_items_to_be_public" {
  default = true
}

resource "azapi_resource" "hcl" {
  type      = "Microsoft.Storage/storageAccounts@2023-05-01"
  name      = "sthcl"
  parent_id = var.parent_id
  location  = "westeurope"
  body = {
    kind = "StorageV2"
    sku  = { name = "Standard_LRS" }
    properties = {
      allowBlobPublicAccess = true # expect: azure-storage-account-public-blob-access-allowed fail "`allowBlobPublicAccess`"
    }
  }
}

# A missing property: an account created before 2023 keeps `true`.
resource "azapi_resource" "missing" {
  type      = "Microsoft.Storage/storageAccounts@2021-09-01"
  name      = "stmissing"
  parent_id = var.parent_id
  location  = "westeurope"
  body = {
    kind = "StorageV2"
    sku  = { name = "Standard_LRS" }
    properties = { # expect: azure-storage-account-public-blob-access-allowed fail
      minimumTlsVersion = "TLS1_2"
    }
  }
}

# `jsonencode()`, with the value from a variable with a default.
resource "azapi_resource" "jsonencode" {
  type      = "MICROSOFT.STORAGE/STORAGEACCOUNTS@2022-09-01"
  name      = "stjson"
  parent_id = var.parent_id
  location  = "westeurope"
  body = jsonencode({ # expect: azure-storage-account-public-blob-access-allowed fail
    kind = "BlockBlobStorage"
    sku  = { name = "Premium_LRS" }
    properties = {
      allowBlobPublicAccess = var.allow_nested_items_to_be_public
    }
  })
}

# A variable without a default: not known statically.
variable "public" {}

resource "azapi_resource" "unknown" {
  type      = "Microsoft.Storage/storageAccounts@2023-05-01"
  name      = "stunknown"
  parent_id = var.parent_id
  location  = "westeurope"
  body = {
    kind = "StorageV2"
    sku  = { name = "Standard_LRS" }
    properties = {
      allowBlobPublicAccess = var.public # expect: azure-storage-account-public-blob-access-allowed unknown
    }
  }
}
