# Synapse workspaces written with the AzAPI provider.
variable "rg_id" {}

# ARM leaves the public endpoints on when the body does not say otherwise.
resource "azapi_resource" "syn_default" {
  type      = "Microsoft.Synapse/workspaces@2021-06-01"
  name      = "syn-default-weu"
  parent_id = var.rg_id
  location  = "westeurope"
  body = {
    properties = { # expect: azure-synapse-workspace-public-network-access-enabled "`azapi_resource.syn_default`"
      managedVirtualNetwork = "default"
    }
  }
}

resource "azapi_resource" "syn_open" {
  type      = "Microsoft.Synapse/workspaces@2021-06-01"
  name      = "syn-open-weu"
  parent_id = var.rg_id
  location  = "westeurope"
  body = jsonencode({
    properties = {
      publicNetworkAccess = "Enabled" # expect: azure-synapse-workspace-public-network-access-enabled "`azapi_resource.syn_open`"
    }
  })
}
