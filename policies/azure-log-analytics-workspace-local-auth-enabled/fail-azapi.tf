# Workspaces written with the AzAPI provider.
variable "rg_id" {}

# ARM leaves the shared keys usable when `features` does not say otherwise.
resource "azapi_resource" "law_default" {
  type      = "Microsoft.OperationalInsights/workspaces@2023-09-01"
  name      = "law-apps-weu"
  parent_id = var.rg_id
  location  = "westeurope"
  body = {
    properties = { # expect: azure-log-analytics-workspace-local-auth-enabled "`azapi_resource.law_default`"
      sku             = { name = "PerGB2018" }
      retentionInDays = 60
    }
  }
}

resource "azapi_resource" "law_keys" {
  type      = "Microsoft.OperationalInsights/workspaces@2022-10-01"
  name      = "law-keys-weu"
  parent_id = var.rg_id
  location  = "westeurope"
  body = jsonencode({
    properties = {
      sku      = { name = "PerGB2018" }
      features = { disableLocalAuth = false } # expect: azure-log-analytics-workspace-local-auth-enabled "`azapi_resource.law_keys`"
    }
  })
}
