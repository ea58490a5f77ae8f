# Storage accounts written with the AzAPI provider.
variable "parent_id" {}
variable "subnet_id" {}

variable "public_network_access_enabled" {
  type    = bool
  default = false
}

# As Azure Verified Modules write it: public access from a variable.
resource "azapi_resource" "avm" {
  type      = "Microsoft.Storage/storageAccounts@2025-06-01"
  name      = "stavm"
  parent_id = var.parent_id
  location  = "westeurope"
  body = {
    kind = "StorageV2"
    sku  = { name = "Standard_ZRS" }
    properties = {
      publicNetworkAccess = var.public_network_access_enabled ? "Enabled" : "Disabled"
    }
  }
  ignore_null_property = true
}

resource "azapi_resource" "deny" {
  type      = "Microsoft.Storage/storageAccounts@2023-05-01"
  name      = "stdeny"
  parent_id = var.parent_id
  location  = "westeurope"
  body = {
    kind = "StorageV2"
    sku  = { name = "Standard_GRS" }
    properties = {
      networkAcls = {
        bypass              = "AzureServices"
        defaultAction       = "Deny"
        virtualNetworkRules = [{ id = var.subnet_id, action = "Allow" }]
      }
    }
  }
}

# A network security perimeter decides who gets in.
resource "azapi_resource" "perimeter" {
  type      = "Microsoft.Storage/storageAccounts@2023-05-01"
  name      = "stperimeter"
  parent_id = var.parent_id
  location  = "westeurope"
  body = jsonencode({
    kind       = "StorageV2"
    sku        = { name = "Standard_LRS" }
    properties = { publicNetworkAccess = "SecuredByPerimeter" }
  })
}

resource "azapi_resource" "jsonencode" {
  type      = "Microsoft.Storage/storageAccounts@2021-09-01"
  name      = "stjson"
  parent_id = var.parent_id
  location  = "westeurope"
  body = jsonencode({
    kind = "StorageV2"
    sku  = { name = "Standard_LRS" }
    properties = {
      publicNetworkAccess = "Enabled"
      networkAcls         = { defaultAction = "deny", ipRules = [{ value = "203.0.113.0/24" }] }
    }
  })
}

# Not a storage account.
resource "azapi_resource" "file_service" {
  type      = "Microsoft.Storage/storageAccounts/fileServices@2023-05-01"
  name      = "default"
  parent_id = azapi_resource.deny.id
  body      = { properties = {} }
}
