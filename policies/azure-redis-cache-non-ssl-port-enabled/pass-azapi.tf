# Written with the AzAPI provider.
variable "parent_id" {}

variable "resource_type" {}

resource "azapi_resource" "good0" {
  type      = "Microsoft.Cache/redis@2024-03-01"
  name      = "acme-good0"
  parent_id = var.parent_id
  location  = "westeurope"
  body = {
    properties = {
      sku              = { name = "Standard", family = "C", capacity = 1 }
      enableNonSslPort = false
    }
  }
}

resource "azapi_resource" "good1" {
  type      = "Microsoft.Cache/redis@2024-03-01"
  name      = "acme-good1"
  parent_id = var.parent_id
  location  = "westeurope"
  body = {
    # The non-TLS port is off by default.
    properties = {
      sku = { name = "Standard", family = "C", capacity = 1 }
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
    properties = {
      sku              = { name = "Standard", family = "C", capacity = 1 }
      enableNonSslPort = true
    }
  }
}
