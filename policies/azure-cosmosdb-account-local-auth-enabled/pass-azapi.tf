# Written with the AzAPI provider.
variable "parent_id" {}

variable "resource_type" {}

resource "azapi_resource" "good0" {
  type      = "Microsoft.DocumentDB/databaseAccounts@2024-05-15"
  name      = "acme-good0"
  parent_id = var.parent_id
  location  = "westeurope"
  body = {
    kind = "GlobalDocumentDB"
    properties = {
      databaseAccountOfferType = "Standard"
      disableLocalAuth         = true
      locations = [{ locationName = "westeurope", failoverPriority = 0 }]
    }
  }
}

resource "azapi_resource" "good1" {
  type      = "Microsoft.DocumentDB/databaseAccounts@2024-05-15"
  name      = "acme-good1"
  parent_id = var.parent_id
  location  = "westeurope"
  body = {
    # Only the NoSQL API authorises with Entra ID roles.
    kind = "MongoDB"
    properties = {
      databaseAccountOfferType = "Standard"
      locations = [{ locationName = "westeurope", failoverPriority = 0 }]
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
    kind = "GlobalDocumentDB"
    properties = {
      databaseAccountOfferType = "Standard"
      locations = [{ locationName = "westeurope", failoverPriority = 0 }]
    }
  }
}
