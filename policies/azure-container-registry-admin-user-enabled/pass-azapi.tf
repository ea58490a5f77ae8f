# Container registries written with the AzAPI provider.
variable "parent_id" {}

variable "admin_enabled" {
  type    = bool
  default = false
}

# ARM's default: no admin user.
resource "azapi_resource" "default" {
  type      = "Microsoft.ContainerRegistry/registries@2023-07-01"
  name      = "acrdefault"
  parent_id = var.parent_id
  location  = "westeurope"
  body = {
    sku        = { name = "Standard" }
    properties = {}
  }
}

resource "azapi_resource" "off" {
  type      = "Microsoft.ContainerRegistry/registries@2025-04-01"
  name      = "acroff"
  parent_id = var.parent_id
  location  = "westeurope"
  body = {
    sku = { name = "Premium" }
    properties = {
      adminUserEnabled = var.admin_enabled
    }
  }
}

resource "azapi_resource" "jsonencode" {
  type      = "Microsoft.ContainerRegistry/registries@2021-09-01"
  name      = "acrjson"
  parent_id = var.parent_id
  location  = "westeurope"
  body = jsonencode({
    sku        = { name = "Basic" }
    properties = { adminUserEnabled = false }
  })
}

# A scope map of the registry, not a registry.
resource "azapi_resource" "scope_map" {
  type      = "Microsoft.ContainerRegistry/registries/scopeMaps@2023-07-01"
  name      = "pull-only"
  parent_id = azapi_resource.off.id
  body = {
    properties = { actions = ["repositories/app/content/read"] }
  }
}
