# Key Vault Managed HSM pools closed to the internet.
resource "azurerm_key_vault_managed_hardware_security_module" "private" {
  name                          = "fabrikam-hsm-private"
  resource_group_name           = "rg-crypto"
  location                      = "swedencentral"
  sku_name                      = "Standard_B1"
  tenant_id                     = "99999999-8888-7777-6666-555555555555"
  admin_object_ids              = ["11111111-2222-3333-4444-555555555555"]
  purge_protection_enabled      = true
  public_network_access_enabled = false
}

resource "azurerm_key_vault_managed_hardware_security_module" "deny" {
  name                     = "fabrikam-hsm-deny"
  resource_group_name      = "rg-crypto"
  location                 = "swedencentral"
  sku_name                 = "Standard_B1"
  tenant_id                = "99999999-8888-7777-6666-555555555555"
  admin_object_ids         = ["11111111-2222-3333-4444-555555555555"]
  purge_protection_enabled = true
  network_acls {
    bypass         = "None"
    default_action = "Deny"
  }
}

variable "hsm_parent" {}

resource "azapi_resource" "hsm" {
  type      = "Microsoft.KeyVault/managedHSMs@2025-05-01"
  name      = "fabrikam-hsm-azapi"
  parent_id = var.hsm_parent
  location  = "swedencentral"
  body = {
    sku = { family = "B", name = "Standard_B1" }
    properties = {
      tenantId              = "99999999-8888-7777-6666-555555555555"
      initialAdminObjectIds = ["11111111-2222-3333-4444-555555555555"]
      enablePurgeProtection = true
      networkAcls           = { bypass = "AzureServices", defaultAction = "Deny" }
    }
  }
}
