# Storage accounts written with the AzAPI provider.
variable "parent_id" {}

variable "legacy_tls" {
  default = "TLS1_1"
}

# The version written out in an HCL object body.
resource "azapi_resource" "hcl" {
  type      = "Microsoft.Storage/storageAccounts@2023-05-01"
  name      = "sthcl"
  parent_id = var.parent_id
  location  = "westeurope"
  body = {
    kind = "StorageV2"
    sku  = { name = "Standard_LRS" }
    properties = {
      minimumTlsVersion = "TLS1_0" # expect: azure-storage-account-tls-outdated fail "`TLS1_0`"
    }
  }
}

# Older code: `jsonencode()`, a variable with a default, another case and API version.
resource "azapi_resource" "jsonencode" {
  type      = "microsoft.storage/storageaccounts@2021-09-01"
  name      = "stjson"
  parent_id = var.parent_id
  location  = "westeurope"
  body = jsonencode({ # expect: azure-storage-account-tls-outdated fail "`TLS1_1`"
    kind = "StorageV2"
    sku  = { name = "Standard_LRS" }
    properties = {
      minimumTlsVersion = var.legacy_tls
    }
  })
}

# Very old code: a string of JSON. What it decodes to has no place of its
# own in the file, so the finding is on the resource.
resource "azapi_resource" "json_string" { # expect: azure-storage-account-tls-outdated fail "`TLS1_0`"
  type      = "Microsoft.Storage/storageAccounts@2019-06-01"
  name      = "stjsonstring"
  parent_id = var.parent_id
  location  = "westeurope"
  body      = <<JSON
{
  "kind": "StorageV2",
  "sku": {"name": "Standard_LRS"},
  "properties": {"minimumTlsVersion": "TLS1_0"}
}
JSON
}

# A variable without a default: not known statically.
variable "tls" {}

resource "azapi_resource" "unknown" {
  type      = "Microsoft.Storage/storageAccounts@2023-05-01"
  name      = "stunknown"
  parent_id = var.parent_id
  location  = "westeurope"
  body = {
    kind = "StorageV2"
    sku  = { name = "Standard_LRS" }
    properties = {
      minimumTlsVersion = var.tls # expect: azure-storage-account-tls-outdated unknown
    }
  }
}

# The API version from a variable without a default: the known start of
# `type` is enough.
variable "storage_api_version" {}

resource "azapi_resource" "api_from_variable" {
  type      = "Microsoft.Storage/storageAccounts@${var.storage_api_version}"
  name      = "stapivar"
  parent_id = var.parent_id
  location  = "westeurope"
  body = {
    kind = "StorageV2"
    sku  = { name = "Standard_LRS" }
    properties = {
      minimumTlsVersion = "TLS1_1" # expect: azure-storage-account-tls-outdated fail
    }
  }
}
