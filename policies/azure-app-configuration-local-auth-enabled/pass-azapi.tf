# Written with the AzAPI provider.
variable "parent_id" {}

variable "resource_type" {}

resource "azapi_resource" "good0" {
  type      = "Microsoft.AppConfiguration/configurationStores@2024-05-01"
  name      = "acme-good0"
  parent_id = var.parent_id
  location  = "westeurope"
  body = {
    sku = { name = "standard" }
    properties = {
      disableLocalAuth = true
    }
  }
}

# A `type` not known statically is skipped.
resource "azapi_resource" "unknown" {
  type      = var.resource_type
  name      = "acme-unknown"
  parent_id = var.parent_id
  location  = "westeurope"
  body = {
    sku = { name = "standard" }
    properties = {
      publicNetworkAccess = "Disabled"
    }
  }
}
