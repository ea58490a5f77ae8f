# Keys of a Managed HSM pool with an expiry or a rotation policy.
variable "hsm_id" {}

resource "azurerm_key_vault_managed_hardware_security_module_key" "dated" {
  name            = "payments-cmk"
  managed_hsm_id  = var.hsm_id
  key_type        = "RSA-HSM"
  key_size        = 3072
  key_opts        = ["wrapKey", "unwrapKey"]
  expiration_date = "2028-06-30T00:00:00Z"
}

resource "azurerm_key_vault_managed_hardware_security_module_key" "rotated" {
  name           = "ledger-cmk"
  managed_hsm_id = var.hsm_id
  key_type       = "RSA-HSM"
  key_size       = 4096
  key_opts       = ["wrapKey", "unwrapKey"]

  rotation_policy {
    expire_after = "P180D"
    automatic {
      time_before_expiry = "P30D"
    }
  }
}

resource "azapi_resource" "rotated" {
  type      = "Microsoft.KeyVault/managedHSMs/keys@2023-07-01"
  name      = "audit-cmk"
  parent_id = var.hsm_id
  body = {
    properties = {
      kty     = "RSA-HSM"
      keySize = 3072
      rotationPolicy = {
        attributes = { expiryTime = "P1Y" }
      }
    }
  }
}
