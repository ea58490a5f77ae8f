# Secrets written with the AzAPI provider.
variable "key_vault_id" {}

resource "azapi_resource" "password" {
  type      = "Microsoft.KeyVault/vaults/secrets@2023-07-01"
  name      = "db-password"
  parent_id = var.key_vault_id
  body = jsonencode({
    properties = {
      attributes = { # expect: azure-key-vault-secret-without-expiry "`azapi_resource.password`"
        enabled = true
      }
      value = "unused"
    }
  })
}
