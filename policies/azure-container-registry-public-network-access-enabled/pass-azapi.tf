# Container registries written with the AzAPI provider.
variable "parent_id" {}

variable "public_network_access_enabled" {
  type    = bool
  default = false
}

# Private endpoints only.
resource "azapi_resource" "private" {
  type      = "Microsoft.ContainerRegistry/registries@2023-07-01"
  name      = "acrprivate"
  parent_id = var.parent_id
  location  = "westeurope"
  body = {
    sku = { name = "Premium" }
    properties = {
      publicNetworkAccess = var.public_network_access_enabled ? "Enabled" : "Disabled"
    }
  }
}

resource "azapi_resource" "selected" {
  type      = "Microsoft.ContainerRegistry/registries@2023-07-01"
  name      = "acrselected"
  parent_id = var.parent_id
  location  = "westeurope"
  body = {
    sku = { name = "Premium" }
    properties = {
      networkRuleSet = {
        defaultAction = "Deny"
        ipRules       = [{ action = "Allow", value = "203.0.113.0/24" }]
      }
    }
  }
}

resource "azapi_resource" "jsonencode" {
  type      = "Microsoft.ContainerRegistry/registries@2021-09-01"
  name      = "acrjson"
  parent_id = var.parent_id
  location  = "westeurope"
  body = jsonencode({
    sku        = { name = "Premium" }
    properties = { publicNetworkAccess = "Disabled" }
  })
}

# Basic and Standard registries cannot restrict network access.
resource "azapi_resource" "standard" {
  type      = "Microsoft.ContainerRegistry/registries@2023-07-01"
  name      = "acrstandard"
  parent_id = var.parent_id
  location  = "westeurope"
  body = {
    sku        = { name = "Standard" }
    properties = {}
  }
}

# A replication of the registry, not a registry.
resource "azapi_resource" "replica" {
  type      = "Microsoft.ContainerRegistry/registries/replications@2023-07-01"
  name      = "northeurope"
  parent_id = azapi_resource.private.id
  location  = "northeurope"
  body = {
    properties = { regionEndpointEnabled = true }
  }
}
