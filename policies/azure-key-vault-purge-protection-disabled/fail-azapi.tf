# Key vaults written with the AzAPI provider.
variable "parent_id" {}
variable "tenant_id" {}

variable "purge_protection_enabled" {
  default = false
}

# Purge protection is off when the property is missing.
resource "azapi_resource" "missing" {
  type      = "Microsoft.KeyVault/vaults@2023-07-01"
  name      = "kv-missing"
  parent_id = var.parent_id
  location  = "westeurope"
  body = {
    properties = { # expect: azure-key-vault-purge-protection-disabled fail "`enablePurgeProtection`"
      tenantId                = var.tenant_id
      sku                     = { family = "A", name = "standard" }
      enableRbacAuthorization = true
    }
  }
}

# Soft delete off, which older API versions accept: both findings.
resource "azapi_resource" "no_soft_delete" {
  type      = "Microsoft.KeyVault/vaults@2019-09-01"
  name      = "kv-nosoftdelete"
  parent_id = var.parent_id
  location  = "westeurope"
  body = {
    properties = {
      tenantId              = var.tenant_id
      sku                   = { family = "A", name = "standard" }
      enableSoftDelete      = false # expect: azure-key-vault-purge-protection-disabled fail "soft delete"
      enablePurgeProtection = false # expect: azure-key-vault-purge-protection-disabled fail "purge protection"
    }
  }
}

# `jsonencode()`, with the value from a variable with a default.
resource "azapi_resource" "jsonencode" {
  type      = "microsoft.keyvault/vaults@2022-07-01"
  name      = "kv-json"
  parent_id = var.parent_id
  location  = "westeurope"
  body = jsonencode({ # expect: azure-key-vault-purge-protection-disabled fail
    properties = {
      tenantId              = var.tenant_id
      sku                   = { family = "A", name = "premium" }
      enablePurgeProtection = var.purge_protection_enabled
    }
  })
}

# A variable without a default: not known statically.
variable "purge_protection" {}

resource "azapi_resource" "unknown" {
  type      = "Microsoft.KeyVault/vaults@2023-07-01"
  name      = "kv-unknown"
  parent_id = var.parent_id
  location  = "westeurope"
  body = {
    properties = {
      tenantId              = var.tenant_id
      sku                   = { family = "A", name = "standard" }
      enablePurgeProtection = var.purge_protection # expect: azure-key-vault-purge-protection-disabled unknown
    }
  }
}
