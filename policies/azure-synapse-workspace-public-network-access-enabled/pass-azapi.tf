variable "rg_id" {}

resource "azapi_resource" "syn_private" {
  type      = "Microsoft.Synapse/workspaces@2021-06-01"
  name      = "syn-private-weu"
  parent_id = var.rg_id
  location  = "westeurope"
  body = {
    properties = {
      managedVirtualNetwork = "default"
      publicNetworkAccess   = "disabled"
    }
  }
}

# A SQL pool is a child of the workspace, not a workspace.
resource "azapi_resource" "pool" {
  type      = "Microsoft.Synapse/workspaces/sqlPools@2021-06-01"
  name      = "dw01"
  parent_id = azapi_resource.syn_private.id
  location  = "westeurope"
  body = {
    sku        = { name = "DW100c" }
    properties = {}
  }
}
