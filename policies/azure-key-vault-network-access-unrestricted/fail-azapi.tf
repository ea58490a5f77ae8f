# Key vaults written with the AzAPI provider.
variable "parent_id" {}
variable "tenant_id" {}

variable "default_action" {
  default = "Allow"
}

# No `networkAcls` and no `publicNetworkAccess`: open to every network.
resource "azapi_resource" "bare" {
  type      = "Microsoft.KeyVault/vaults@2023-07-01"
  name      = "kv-bare"
  parent_id = var.parent_id
  location  = "westeurope"
  body = {
    properties = { # expect: azure-key-vault-network-access-unrestricted fail "no `networkAcls`"
      tenantId              = var.tenant_id
      sku                   = { family = "A", name = "standard" }
      enablePurgeProtection = true
    }
  }
}

resource "azapi_resource" "allow" {
  type      = "Microsoft.KeyVault/vaults@2023-07-01"
  name      = "kv-allow"
  parent_id = var.parent_id
  location  = "westeurope"
  body = {
    properties = {
      tenantId            = var.tenant_id
      sku                 = { family = "A", name = "standard" }
      publicNetworkAccess = "enabled"
      networkAcls = {
        bypass        = "AzureServices"
        defaultAction = "Allow" # expect: azure-key-vault-network-access-unrestricted fail "by default"
      }
    }
  }
}

# `jsonencode()`, with the default action from a variable with a default.
resource "azapi_resource" "jsonencode" {
  type      = "microsoft.keyvault/vaults@2022-07-01"
  name      = "kv-json"
  parent_id = var.parent_id
  location  = "westeurope"
  body = jsonencode({ # expect: azure-key-vault-network-access-unrestricted fail "by default"
    properties = {
      tenantId    = var.tenant_id
      sku         = { family = "A", name = "premium" }
      networkAcls = { bypass = "None", defaultAction = var.default_action }
    }
  })
}

# A variable without a default: not known statically.
variable "network_acls" {}

resource "azapi_resource" "unknown" {
  type      = "Microsoft.KeyVault/vaults@2023-07-01"
  name      = "kv-unknown"
  parent_id = var.parent_id
  location  = "westeurope"
  body = {
    properties = {
      tenantId    = var.tenant_id
      sku         = { family = "A", name = "standard" }
      networkAcls = var.network_acls # expect: azure-key-vault-network-access-unrestricted unknown
    }
  }
}
