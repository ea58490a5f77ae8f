# Container registries written with the AzAPI provider.
variable "parent_id" {}

variable "anonymous_pull_enabled" {
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
      anonymousPullEnabled = true # expect: azure-container-registry-anonymous-pull-enabled fail "`anonymousPullEnabled`"
    }
  }
}

# `jsonencode()`, with the value from a variable with a default.
resource "azapi_resource" "jsonencode" {
  type      = "microsoft.containerregistry/registries@2021-09-01"
  name      = "acrjson"
  parent_id = var.parent_id
  location  = "westeurope"
  body = jsonencode({ # expect: azure-container-registry-anonymous-pull-enabled fail
    sku        = { name = "Standard" }
    properties = { anonymousPullEnabled = var.anonymous_pull_enabled }
  })
}

# A variable without a default: not known statically.
variable "anonymous" {}

resource "azapi_resource" "unknown" {
  type      = "Microsoft.ContainerRegistry/registries@2023-07-01"
  name      = "acrunknown"
  parent_id = var.parent_id
  location  = "westeurope"
  body = {
    sku = { name = "Premium" }
    properties = {
      anonymousPullEnabled = var.anonymous # expect: azure-container-registry-anonymous-pull-enabled unknown
    }
  }
}
