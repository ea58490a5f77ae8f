# Soft delete on without purge protection: this policy's concern is soft delete only.
resource "azurerm_key_vault" "v2" {
  name                     = "acme-v2"
  location                 = "westeurope"
  resource_group_name      = "rg"
  tenant_id                = "00000000-0000-0000-0000-000000000000"
  sku_name                 = "standard"
  purge_protection_enabled = false
  soft_delete_enabled      = true
}

resource "azurerm_key_vault" "current" {
  name                       = "acme-current"
  location                   = "westeurope"
  resource_group_name        = "rg"
  tenant_id                  = "00000000-0000-0000-0000-000000000000"
  sku_name                   = "standard"
  soft_delete_retention_days = 90
  purge_protection_enabled   = true
}

resource "azapi_resource" "vault" {
  type      = "Microsoft.KeyVault/vaults@2023-07-01"
  name      = "acme-azapi"
  parent_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg"
  location  = "westeurope"

  body = {
    properties = {
      tenantId              = "00000000-0000-0000-0000-000000000000"
      sku                   = { family = "A", name = "standard" }
      enablePurgeProtection = true
    }
  }
}

# Not a key vault: other resource types have no soft delete of this kind.
resource "azapi_resource" "storage" {
  type      = "Microsoft.Storage/storageAccounts@2023-05-01"
  name      = "stacme"
  parent_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg"
  location  = "westeurope"

  body = {
    kind = "StorageV2"
    properties = {
      enableSoftDelete = false
    }
  }
}
