# Container registries written with the AzAPI provider.
variable "parent_id" {}

variable "admin_enabled" {
  default = true
}

resource "azapi_resource" "hcl" {
  type      = "Microsoft.ContainerRegistry/registries@2023-07-01"
  name      = "acrhcl"
  parent_id = var.parent_id
  location  = "westeurope"
  body = {
    sku = { name = "Standard" }
    properties = {
      adminUserEnabled = true # expect: azure-container-registry-admin-user-enabled fail "`adminUserEnabled`"
    }
  }
}

# `jsonencode()`, with the value from a variable with a default.
resource "azapi_resource" "jsonencode" {
  type      = "microsoft.containerregistry/registries@2021-09-01"
  name      = "acrjson"
  parent_id = var.parent_id
  location  = "westeurope"
  body = jsonencode({ # expect: azure-container-registry-admin-user-enabled fail
    sku        = { name = "Basic" }
    properties = { adminUserEnabled = var.admin_enabled }
  })
}

# A variable without a default: not known statically.
variable "admin" {}

resource "azapi_resource" "unknown" {
  type      = "Microsoft.ContainerRegistry/registries@2023-07-01"
  name      = "acrunknown"
  parent_id = var.parent_id
  location  = "westeurope"
  body = {
    sku = { name = "Premium" }
    properties = {
      adminUserEnabled = var.admin # expect: azure-container-registry-admin-user-enabled unknown
    }
  }
}
