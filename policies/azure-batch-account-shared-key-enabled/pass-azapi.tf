variable "parent_id" {}

resource "azapi_resource" "batch" {
  type      = "Microsoft.Batch/batchAccounts@2024-02-01"
  name      = "batchentra"
  parent_id = var.parent_id
  location  = "westeurope"
  body = {
    properties = {
      allowedAuthenticationModes = ["AAD"]
    }
  }
}

resource "azapi_resource" "pool" {
  type      = "Microsoft.Batch/batchAccounts/pools@2024-02-01"
  name      = "pool1"
  parent_id = azapi_resource.batch.id
  body = {
    properties = {
      vmSize = "STANDARD_D2S_V3"
    }
  }
}
