# Storage accounts written with the AzAPI provider.
variable "parent_id" {}

variable "shared_access_key_enabled" {
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
      allowSharedKeyAccess = true # expect: azure-storage-account-shared-key-enabled fail "`allowSharedKeyAccess`"
    }
  }
}

# Null, which `ignore_null_property` drops: ARM reads a missing value as `true`.
resource "azapi_resource" "missing" {
  type      = "Microsoft.Storage/storageAccounts@2025-06-01"
  name      = "stmissing"
  parent_id = var.parent_id
  location  = "westeurope"
  body = {
    kind = "StorageV2"
    sku  = { name = "Standard_LRS" }
    properties = {
      allowSharedKeyAccess = null # expect: azure-storage-account-shared-key-enabled fail
      minimumTlsVersion    = "TLS1_2"
    }
  }
  ignore_null_property = true
}

# Missing altogether.
resource "azapi_resource" "absent" {
  type      = "Microsoft.Storage/storageAccounts@2023-05-01"
  name      = "stabsent"
  parent_id = var.parent_id
  location  = "westeurope"
  body = {
    kind       = "StorageV2"
    sku        = { name = "Standard_LRS" }
    properties = { minimumTlsVersion = "TLS1_2" } # expect: azure-storage-account-shared-key-enabled fail
  }
}

# `jsonencode()`, with the value from a variable with a default.
resource "azapi_resource" "jsonencode" {
  type      = "microsoft.storage/storageaccounts@2022-09-01"
  name      = "stjson"
  parent_id = var.parent_id
  location  = "westeurope"
  body = jsonencode({ # expect: azure-storage-account-shared-key-enabled fail
    kind = "StorageV2"
    sku  = { name = "Standard_LRS" }
    properties = {
      allowSharedKeyAccess = var.shared_access_key_enabled
    }
  })
}

# A variable without a default: not known statically.
variable "keys" {}

resource "azapi_resource" "unknown" {
  type      = "Microsoft.Storage/storageAccounts@2023-05-01"
  name      = "stunknown"
  parent_id = var.parent_id
  location  = "westeurope"
  body = {
    kind = "StorageV2"
    sku  = { name = "Standard_LRS" }
    properties = {
      allowSharedKeyAccess = var.keys # expect: azure-storage-account-shared-key-enabled unknown
    }
  }
}
