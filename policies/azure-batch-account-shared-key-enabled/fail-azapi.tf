variable "parent_id" {}

resource "azapi_resource" "batch_default" {
  type      = "Microsoft.Batch/batchAccounts@2024-02-01"
  name      = "batchdefault"
  parent_id = var.parent_id
  location  = "westeurope"
  body = {
    properties = { # expect: azure-batch-account-shared-key-enabled "`azapi_resource.batch_default`"
      poolAllocationMode = "BatchService"
    }
  }
}

resource "azapi_resource" "batch_keys" {
  type      = "Microsoft.Batch/batchAccounts@2024-02-01"
  name      = "batchkeys"
  parent_id = var.parent_id
  location  = "westeurope"
  body = jsonencode({
    properties = {
      allowedAuthenticationModes = ["AAD", "sharedKey"] # expect: azure-batch-account-shared-key-enabled "`allowedAuthenticationModes`"
    }
  })
}
