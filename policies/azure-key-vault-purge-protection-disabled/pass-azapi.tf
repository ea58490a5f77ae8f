# Key vaults written with the AzAPI provider.
variable "parent_id" {}
variable "tenant_id" {}

variable "purge_protection_enabled" {
  type    = bool
  default = true
}

# Soft delete is on by default for a new vault.
resource "azapi_resource" "main" {
  type      = "Microsoft.KeyVault/vaults@2023-07-01"
  name      = "kv-main"
  parent_id = var.parent_id
  location  = "westeurope"
  body = {
    properties = {
      tenantId                = var.tenant_id
      sku                     = { family = "A", name = "standard" }
      enableRbacAuthorization = true
      enablePurgeProtection   = var.purge_protection_enabled
    }
  }
}

resource "azapi_resource" "jsonencode" {
  type      = "Microsoft.KeyVault/vaults@2021-10-01"
  name      = "kv-json"
  parent_id = var.parent_id
  location  = "westeurope"
  body = jsonencode({
    properties = {
      tenantId                  = var.tenant_id
      sku                       = { family = "A", name = "premium" }
      enableSoftDelete          = true
      softDeleteRetentionInDays = 90
      enablePurgeProtection     = true
    }
  })
}

# A secret of the vault, not a vault.
resource "azapi_resource" "secret" {
  type      = "Microsoft.KeyVault/vaults/secrets@2023-07-01"
  name      = "db-password"
  parent_id = azapi_resource.main.id
  body = {
    properties = { attributes = { exp = 1893456000 } }
  }
}
