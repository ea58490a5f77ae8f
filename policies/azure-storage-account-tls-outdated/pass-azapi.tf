# Storage accounts written with the AzAPI provider.
variable "parent_id" {}

variable "min_tls_version" {
  type    = string
  default = "TLS1_2"
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
      minimumTlsVersion = "TLS1_2"
    }
  }
}

# As Azure Verified Modules write it: the version from a variable.
resource "azapi_resource" "avm" {
  type      = "Microsoft.Storage/storageAccounts@2025-06-01"
  name      = "stavm"
  parent_id = var.parent_id
  location  = "westeurope"
  body = {
    kind = "StorageV2"
    sku  = { name = "Standard_ZRS" }
    properties = {
      minimumTlsVersion        = var.min_tls_version
      supportsHttpsTrafficOnly = true
    }
  }
  ignore_null_property = true
}

resource "azapi_resource" "jsonencode" {
  type      = "Microsoft.Storage/storageAccounts@2022-09-01"
  name      = "stjson"
  parent_id = var.parent_id
  location  = "westeurope"
  body = jsonencode({
    kind       = "StorageV2"
    sku        = { name = "Standard_LRS" }
    properties = { minimumTlsVersion = "TLS1_2" }
  })
}

# A child resource of the account, not an account: no `minimumTlsVersion`.
resource "azapi_resource" "blob_service" {
  type      = "Microsoft.Storage/storageAccounts/blobServices@2023-05-01"
  name      = "default"
  parent_id = azapi_resource.hcl.id
  body = {
    properties = {
      deleteRetentionPolicy = { enabled = true, days = 7 }
    }
  }
}

# Another resource type entirely.
resource "azapi_resource" "vnet" {
  type      = "Microsoft.Network/virtualNetworks@2024-05-01"
  name      = "vnet"
  parent_id = var.parent_id
  location  = "westeurope"
  body = {
    properties = {
      addressSpace = { addressPrefixes = ["10.0.0.0/16"] }
    }
  }
}

# A generic module's resource (role assignments, locks, diagnostic
# settings) whose `type` is not known statically is not taken for an
# account.
variable "resource" {}

resource "azapi_resource" "generic" {
  type      = var.resource.type
  name      = var.resource.name
  parent_id = var.parent_id
  body      = var.resource.body
}

# No `minimumTlsVersion` (as the Azure Verified Modules' web app examples
# write it): Azure Storage refuses TLS 1.0 and 1.1 since February 2026.
resource "azapi_resource" "missing" {
  type      = "Microsoft.Storage/storageAccounts@2023-05-01"
  name      = "stmissing"
  parent_id = var.parent_id
  location  = "westeurope"
  body = {
    kind = "StorageV2"
    sku  = { name = "Standard_LRS" }
    properties = {
      supportsHttpsTrafficOnly = true
    }
  }
}
