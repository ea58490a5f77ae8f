# Keys of a Managed HSM pool that never expire.
variable "hsm_id" {}

resource "azurerm_key_vault_managed_hardware_security_module_key" "signing" { # expect: azure-key-vault-key-without-expiry
  name           = "release-signing"
  managed_hsm_id = var.hsm_id
  key_type       = "EC-HSM"
  curve          = "P-384"
  key_opts       = ["sign", "verify"]
}

resource "azapi_resource" "wrap" {
  type      = "Microsoft.KeyVault/managedHSMs/keys@2023-07-01"
  name      = "tenant-wrap"
  parent_id = var.hsm_id
  body = {
    properties = { # expect: azure-key-vault-key-without-expiry
      kty     = "RSA-HSM"
      keySize = 3072
      keyOps  = ["wrapKey", "unwrapKey"]
    }
  }
}
