# Keys written with the AzAPI provider.
variable "key_vault_id" {}

resource "azapi_resource" "cmk" {
  type      = "Microsoft.KeyVault/vaults/keys@2023-07-01"
  name      = "cmk"
  parent_id = var.key_vault_id
  body = {
    properties = { # expect: azure-key-vault-key-without-expiry "`azapi_resource.cmk`"
      kty     = "RSA"
      keySize = 3072
    }
  }
}
