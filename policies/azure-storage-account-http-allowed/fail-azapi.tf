# Storage accounts written with the AzAPI provider.
variable "parent_id" {}

variable "https_only" {
  default = false
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
      minimumTlsVersion        = "TLS1_2"
      supportsHttpsTrafficOnly = false # expect: azure-storage-account-http-allowed fail
    }
  }
}

# `jsonencode()`, with the value from a variable with a default.
resource "azapi_resource" "jsonencode" {
  type      = "microsoft.storage/storageAccounts@2022-09-01"
  name      = "stjson"
  parent_id = var.parent_id
  location  = "westeurope"
  body = jsonencode({ # expect: azure-storage-account-http-allowed fail
    kind = "StorageV2"
    sku  = { name = "Standard_LRS" }
    properties = {
      supportsHttpsTrafficOnly = var.https_only
    }
  })
}

# Before API version 2019-04-01 a missing property means `false`.
resource "azapi_resource" "old_api" {
  type      = "Microsoft.Storage/storageAccounts@2018-11-01"
  name      = "stold"
  parent_id = var.parent_id
  location  = "westeurope"
  body = {
    kind = "StorageV2"
    sku  = { name = "Standard_LRS" }
    properties = { # expect: azure-storage-account-http-allowed fail "API version 2018-11-01"
      accessTier = "Hot"
    }
  }
}

# A string of JSON: the finding is on the resource.
resource "azapi_resource" "json_string" { # expect: azure-storage-account-http-allowed fail
  type      = "Microsoft.Storage/storageAccounts@2019-06-01"
  name      = "stjsonstring"
  parent_id = var.parent_id
  location  = "westeurope"
  body      = "{\"kind\": \"StorageV2\", \"properties\": {\"supportsHttpsTrafficOnly\": false}}"
}

# A variable without a default: not known statically.
variable "https" {}

resource "azapi_resource" "unknown" {
  type      = "Microsoft.Storage/storageAccounts@2023-05-01"
  name      = "stunknown"
  parent_id = var.parent_id
  location  = "westeurope"
  body = {
    kind = "StorageV2"
    sku  = { name = "Standard_LRS" }
    properties = {
      supportsHttpsTrafficOnly = var.https # expect: azure-storage-account-http-allowed unknown
    }
  }
}
