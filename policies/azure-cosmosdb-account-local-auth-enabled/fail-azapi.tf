# Written with the AzAPI provider.
variable "parent_id" {}

resource "azapi_resource" "bad1" {
  type      = "Microsoft.DocumentDB/databaseAccounts@2024-05-15"
  name      = "acme-bad1"
  parent_id = var.parent_id
  location  = "westeurope"
  body = {
    kind = "GlobalDocumentDB"
    properties = { # expect: azure-cosmosdb-account-local-auth-enabled
      databaseAccountOfferType = "Standard"
      locations = [{ locationName = "westeurope", failoverPriority = 0 }]
    }
  }
}

resource "azapi_resource" "bad2" {
  type      = "Microsoft.DocumentDB/databaseAccounts@2024-05-15"
  name      = "acme-bad2"
  parent_id = var.parent_id
  location  = "westeurope"
  body = jsonencode({
    kind = "GlobalDocumentDB"
    properties = {
      databaseAccountOfferType = "Standard"
      disableLocalAuth         = false # expect: azure-cosmosdb-account-local-auth-enabled
      locations = [{ locationName = "westeurope", failoverPriority = 0 }]
    }
  })
}
