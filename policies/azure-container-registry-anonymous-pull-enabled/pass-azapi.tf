# Container registries written with the AzAPI provider.
variable "parent_id" {}

variable "anonymous_pull_enabled" {
  type    = bool
  default = false
}

# ARM's default: no anonymous pull.
resource "azapi_resource" "default" {
  type      = "Microsoft.ContainerRegistry/registries@2023-07-01"
  name      = "acrdefault"
  parent_id = var.parent_id
  location  = "westeurope"
  body = {
    sku        = { name = "Standard" }
    properties = { adminUserEnabled = false }
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
      anonymousPullEnabled = var.anonymous_pull_enabled
    }
  }
}

resource "azapi_resource" "jsonencode" {
  type      = "Microsoft.ContainerRegistry/registries@2021-09-01"
  name      = "acrjson"
  parent_id = var.parent_id
  location  = "westeurope"
  body = jsonencode({
    sku        = { name = "Standard" }
    properties = { anonymousPullEnabled = false }
  })
}

# A token of the registry, not a registry.
resource "azapi_resource" "token" {
  type      = "Microsoft.ContainerRegistry/registries/tokens@2023-07-01"
  name      = "ci"
  parent_id = azapi_resource.off.id
  body = {
    properties = { status = "enabled" }
  }
}
