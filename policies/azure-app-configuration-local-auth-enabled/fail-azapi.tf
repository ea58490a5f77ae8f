# Written with the AzAPI provider.
variable "parent_id" {}

resource "azapi_resource" "bad1" {
  type      = "Microsoft.AppConfiguration/configurationStores@2024-05-01"
  name      = "acme-bad1"
  parent_id = var.parent_id
  location  = "westeurope"
  body = {
    sku = { name = "standard" }
    properties = { # expect: azure-app-configuration-local-auth-enabled
      publicNetworkAccess = "Disabled"
    }
  }
}

resource "azapi_resource" "bad2" {
  type      = "Microsoft.AppConfiguration/configurationStores@2024-05-01"
  name      = "acme-bad2"
  parent_id = var.parent_id
  location  = "westeurope"
  body = jsonencode({
    sku = { name = "standard" }
    properties = {
      disableLocalAuth = false # expect: azure-app-configuration-local-auth-enabled
    }
  })
}
