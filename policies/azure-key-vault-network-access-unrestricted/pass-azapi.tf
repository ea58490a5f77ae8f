# Key vaults written with the AzAPI provider.
variable "parent_id" {}
variable "tenant_id" {}
variable "subnet_id" {}

variable "public_network_access_enabled" {
  type    = bool
  default = false
}

resource "azapi_resource" "deny" {
  type      = "Microsoft.KeyVault/vaults@2023-07-01"
  name      = "kv-deny"
  parent_id = var.parent_id
  location  = "westeurope"
  body = {
    properties = {
      tenantId = var.tenant_id
      sku      = { family = "A", name = "standard" }
      networkAcls = {
        bypass              = "AzureServices"
        defaultAction       = "Deny"
        ipRules             = [{ value = "203.0.113.0/24" }]
        virtualNetworkRules = [{ id = var.subnet_id }]
      }
    }
  }
}

# Private endpoints only, from a variable with a default.
resource "azapi_resource" "private" {
  type      = "Microsoft.KeyVault/vaults@2024-11-01"
  name      = "kv-private"
  parent_id = var.parent_id
  location  = "westeurope"
  body = {
    properties = {
      tenantId            = var.tenant_id
      sku                 = { family = "A", name = "premium" }
      publicNetworkAccess = var.public_network_access_enabled ? "Enabled" : "Disabled"
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
      tenantId            = var.tenant_id
      sku                 = { family = "A", name = "standard" }
      publicNetworkAccess = "disabled"
    }
  })
}

# A key of the vault, not a vault.
resource "azapi_resource" "key" {
  type      = "Microsoft.KeyVault/vaults/keys@2023-07-01"
  name      = "cmk"
  parent_id = azapi_resource.deny.id
  body = {
    properties = { kty = "RSA", keySize = 3072 }
  }
}
