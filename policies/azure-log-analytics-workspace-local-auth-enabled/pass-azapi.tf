# An AzAPI workspace that turns the shared keys off.
variable "rg_id" {}

resource "azapi_resource" "law_entra" {
  type      = "Microsoft.OperationalInsights/workspaces@2023-09-01"
  name      = "law-entra-weu"
  parent_id = var.rg_id
  location  = "westeurope"
  body = {
    properties = {
      sku      = { name = "PerGB2018" }
      features = { disableLocalAuth = true }
    }
  }
}

# Another resource type with the same property is not a workspace.
resource "azapi_resource" "cluster" {
  type      = "Microsoft.OperationalInsights/clusters@2023-09-01"
  name      = "lac-weu"
  parent_id = var.rg_id
  location  = "westeurope"
  body = {
    properties = {}
  }
}
