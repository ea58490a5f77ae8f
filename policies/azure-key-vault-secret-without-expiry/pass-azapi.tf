# Secrets written with the AzAPI provider.
variable "key_vault_id" {}

resource "azapi_resource" "password" {
  type      = "Microsoft.KeyVault/vaults/secrets@2023-07-01"
  name      = "db-password"
  parent_id = var.key_vault_id
  body = {
    properties = {
      attributes = {
        enabled = true
        exp     = 1798761600
      }
      value = "unused"
    }
  }
}

# A key is not a secret.
resource "azapi_resource" "key" {
  type      = "Microsoft.KeyVault/vaults/keys@2023-07-01"
  name      = "cmk"
  parent_id = var.key_vault_id
  body      = { properties = { kty = "RSA", keySize = 2048 } }
}
