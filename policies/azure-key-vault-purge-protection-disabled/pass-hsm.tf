# Key Vault Managed HSM pools with purge protection.
variable "protect_hsm" {
  type    = bool
  default = true
}

variable "hsm_parent" {}

resource "azurerm_key_vault_managed_hardware_security_module" "protected" {
  name                       = "fabrikam-hsm"
  resource_group_name        = "rg-crypto"
  location                   = "swedencentral"
  sku_name                   = "Standard_B1"
  tenant_id                  = "99999999-8888-7777-6666-555555555555"
  admin_object_ids           = ["11111111-2222-3333-4444-555555555555"]
  soft_delete_retention_days = 90
  purge_protection_enabled   = var.protect_hsm
}

resource "azapi_resource" "hsm" {
  type      = "Microsoft.KeyVault/managedHSMs@2025-05-01"
  name      = "fabrikam-hsm-azapi"
  parent_id = var.hsm_parent
  location  = "swedencentral"
  body = {
    sku = { family = "B", name = "Standard_B1" }
    properties = {
      tenantId                  = "99999999-8888-7777-6666-555555555555"
      initialAdminObjectIds     = ["11111111-2222-3333-4444-555555555555"]
      enableSoftDelete          = true
      softDeleteRetentionInDays = 90
      enablePurgeProtection     = var.protect_hsm
    }
  }
}

# A key inside the pool is not the pool.
resource "azapi_resource" "hsm_key" {
  type      = "Microsoft.KeyVault/managedHSMs/keys@2025-05-01"
  name      = "signing"
  parent_id = azapi_resource.hsm.id
  body = {
    properties = { kty = "RSA-HSM", keySize = 3072 }
  }
}
