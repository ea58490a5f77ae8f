resource "azurerm_key_vault" "none" { # expect: azure-key-vault-purge-protection-disabled
  name                = "acme-none"
  location            = "westeurope"
  resource_group_name = "rg"
  tenant_id           = "00000000-0000-0000-0000-000000000000"
  sku_name            = "standard"
}

resource "azurerm_key_vault" "off" {
  name                     = "acme-off"
  location                 = "westeurope"
  resource_group_name      = "rg"
  tenant_id                = "00000000-0000-0000-0000-000000000000"
  sku_name                 = "standard"
  purge_protection_enabled = false # expect: azure-key-vault-purge-protection-disabled
}
