# Premium container registries written with the AzAPI provider.
variable "parent_id" {}

variable "default_action" {
  default = "Allow"
}

# No `networkRuleSet` and no `publicNetworkAccess`: open to every network.
resource "azapi_resource" "open" {
  type      = "Microsoft.ContainerRegistry/registries@2023-07-01"
  name      = "acropen"
  parent_id = var.parent_id
  location  = "westeurope"
  body = {
    sku        = { name = "Premium" }
    properties = { adminUserEnabled = false } # expect: azure-container-registry-public-network-access-enabled fail "no `networkRuleSet`"
  }
}

resource "azapi_resource" "allow" {
  type      = "Microsoft.ContainerRegistry/registries@2023-07-01"
  name      = "acrallow"
  parent_id = var.parent_id
  location  = "westeurope"
  body = {
    sku = { name = "Premium" }
    properties = {
      publicNetworkAccess = "Enabled"
      networkRuleSet = {
        defaultAction = "Allow" # expect: azure-container-registry-public-network-access-enabled fail "by default"
      }
    }
  }
}

# `jsonencode()`, with the default action from a variable with a default.
resource "azapi_resource" "jsonencode" {
  type      = "microsoft.containerregistry/registries@2021-09-01"
  name      = "acrjson"
  parent_id = var.parent_id
  location  = "westeurope"
  body = jsonencode({ # expect: azure-container-registry-public-network-access-enabled fail "by default"
    sku = { name = "premium" }
    properties = {
      networkRuleSet = { defaultAction = var.default_action }
    }
  })
}

# A variable without a default: not known statically.
variable "public_network_access" {}

resource "azapi_resource" "unknown" {
  type      = "Microsoft.ContainerRegistry/registries@2023-07-01"
  name      = "acrunknown"
  parent_id = var.parent_id
  location  = "westeurope"
  body = {
    sku = { name = "Premium" }
    properties = { # expect: azure-container-registry-public-network-access-enabled unknown
      publicNetworkAccess = var.public_network_access
    }
  }
}
