variable "tenant_id" {}

resource "azurerm_key_vault" "bare" { # expect: azure-key-vault-network-access-unrestricted "no network ACLs"
  name                     = "bare"
  location                 = "westeurope"
  resource_group_name      = "rg"
  tenant_id                = var.tenant_id
  sku_name                 = "standard"
  purge_protection_enabled = true
}

resource "azurerm_key_vault" "allow" {
  name                     = "allow"
  location                 = "westeurope"
  resource_group_name      = "rg"
  tenant_id                = var.tenant_id
  sku_name                 = "standard"
  purge_protection_enabled = true

  network_acls {
    default_action = "Allow" # expect: azure-key-vault-network-access-unrestricted "by default"
    bypass         = "AzureServices"
  }
}
