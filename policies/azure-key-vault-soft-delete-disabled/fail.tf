resource "azurerm_key_vault" "v2" {
  name                     = "acme-v2"
  location                 = "westeurope"
  resource_group_name      = "rg"
  tenant_id                = "00000000-0000-0000-0000-000000000000"
  sku_name                 = "standard"
  purge_protection_enabled = false
  soft_delete_enabled      = false # expect: azure-key-vault-soft-delete-disabled
}

resource "azapi_resource" "vault" {
  type      = "Microsoft.KeyVault/vaults@2019-09-01"
  name      = "acme-azapi"
  parent_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg"
  location  = "westeurope"

  body = {
    properties = {
      tenantId         = "00000000-0000-0000-0000-000000000000"
      sku              = { family = "A", name = "standard" }
      enableSoftDelete = false # expect: azure-key-vault-soft-delete-disabled "`enableSoftDelete = false`"
    }
  }
}
