# Storage accounts written with the AzAPI provider.
variable "parent_id" {}

resource "azapi_resource" "no_policy" {
  type      = "Microsoft.Storage/storageAccounts@2023-05-01"
  name      = "stnopolicy"
  parent_id = var.parent_id
  location  = "westeurope"
  body = {
    kind = "StorageV2"
    sku  = { name = "Standard_GRS" }
    properties = { # expect: azure-storage-account-sas-expiration-policy-missing
      minimumTlsVersion = "TLS1_2"
    }
  }
}

resource "azapi_resource" "empty_period" {
  type      = "Microsoft.Storage/storageAccounts@2023-05-01"
  name      = "stempty"
  parent_id = var.parent_id
  location  = "westeurope"
  body = {
    kind = "StorageV2"
    sku  = { name = "Standard_GRS" }
    properties = {
      allowSharedKeyAccess = true
      sasPolicy = {
        sasExpirationPeriod = "" # expect: azure-storage-account-sas-expiration-policy-missing
        expirationAction    = "Log"
      }
    }
  }
}
