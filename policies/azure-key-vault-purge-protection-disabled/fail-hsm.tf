# Key Vault Managed HSM pools without purge protection.
variable "hsm_admins" {
  type    = list(string)
  default = ["11111111-2222-3333-4444-555555555555"]
}

resource "azurerm_key_vault_managed_hardware_security_module" "default" { # expect: azure-key-vault-purge-protection-disabled
  name                = "contoso-hsm-default"
  resource_group_name = "rg-keys"
  location            = "northeurope"
  sku_name            = "Standard_B1"
  tenant_id           = "99999999-8888-7777-6666-555555555555"
  admin_object_ids    = var.hsm_admins
}

resource "azurerm_key_vault_managed_hardware_security_module" "explicit" {
  name                       = "contoso-hsm-explicit"
  resource_group_name        = "rg-keys"
  location                   = "northeurope"
  sku_name                   = "Standard_B1"
  tenant_id                  = "99999999-8888-7777-6666-555555555555"
  admin_object_ids           = var.hsm_admins
  soft_delete_retention_days = 30
  purge_protection_enabled   = false # expect: azure-key-vault-purge-protection-disabled
}

variable "hsm_parent" {}

resource "azapi_resource" "hsm" {
  type      = "Microsoft.KeyVault/managedHSMs@2023-07-01"
  name      = "contoso-hsm-azapi"
  parent_id = var.hsm_parent
  location  = "northeurope"
  body = jsonencode({ # expect: azure-key-vault-purge-protection-disabled
    sku = { family = "B", name = "Standard_B1" }
    properties = {
      tenantId              = "99999999-8888-7777-6666-555555555555"
      initialAdminObjectIds = var.hsm_admins
      enablePurgeProtection = false
    }
  })
}

resource "azapi_resource" "hsm_old_api" {
  type      = "microsoft.keyvault/managedhsms@2021-06-01-preview"
  name      = "contoso-hsm-old"
  parent_id = var.hsm_parent
  location  = "northeurope"
  body = {
    sku = { family = "B", name = "Standard_B1" }
    properties = {
      tenantId              = "99999999-8888-7777-6666-555555555555"
      initialAdminObjectIds = var.hsm_admins
      enableSoftDelete      = false # expect: azure-key-vault-purge-protection-disabled
      enablePurgeProtection = true
    }
  }
}
