# Storage accounts written with the AzAPI provider.
variable "parent_id" {}

variable "default_action" {
  default = "Allow"
}

# No `networkAcls` and no `publicNetworkAccess`: open to every network.
resource "azapi_resource" "bare" {
  type      = "Microsoft.Storage/storageAccounts@2023-05-01"
  name      = "stbare"
  parent_id = var.parent_id
  location  = "westeurope"
  body = {
    kind       = "StorageV2"
    sku        = { name = "Standard_LRS" }
    properties = { minimumTlsVersion = "TLS1_2" } # expect: azure-storage-account-network-access-unrestricted fail "no `networkAcls`"
  }
}

resource "azapi_resource" "allow" {
  type      = "Microsoft.Storage/storageAccounts@2023-05-01"
  name      = "stallow"
  parent_id = var.parent_id
  location  = "westeurope"
  body = {
    kind = "StorageV2"
    sku  = { name = "Standard_LRS" }
    properties = {
      publicNetworkAccess = "Enabled"
      networkAcls = {
        bypass        = "AzureServices"
        defaultAction = "Allow" # expect: azure-storage-account-network-access-unrestricted fail "by default"
        ipRules       = [{ value = "203.0.113.10", action = "Allow" }]
      }
    }
  }
}

# `jsonencode()`, with the default action from a variable with a default.
resource "azapi_resource" "jsonencode" {
  type      = "microsoft.storage/storageaccounts@2021-09-01"
  name      = "stjson"
  parent_id = var.parent_id
  location  = "westeurope"
  body = jsonencode({ # expect: azure-storage-account-network-access-unrestricted fail "by default"
    kind = "StorageV2"
    sku  = { name = "Standard_LRS" }
    properties = {
      networkAcls = { defaultAction = var.default_action }
    }
  })
}

# A variable without a default: not known statically.
variable "acls" {}

resource "azapi_resource" "unknown" {
  type      = "Microsoft.Storage/storageAccounts@2023-05-01"
  name      = "stunknown"
  parent_id = var.parent_id
  location  = "westeurope"
  body = {
    kind = "StorageV2"
    sku  = { name = "Standard_LRS" }
    properties = {
      networkAcls = var.acls # expect: azure-storage-account-network-access-unrestricted unknown
    }
  }
}
