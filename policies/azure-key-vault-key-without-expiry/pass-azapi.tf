# Keys written with the AzAPI provider.
variable "key_vault_id" {}

resource "azapi_resource" "rotated" {
  type      = "Microsoft.KeyVault/vaults/keys@2023-07-01"
  name      = "rotated"
  parent_id = var.key_vault_id
  body = {
    properties = {
      kty     = "RSA"
      keySize = 3072
      rotationPolicy = {
        attributes = { expiryTime = "P1Y" }
        lifetimeActions = [
          {
            action  = { type = "rotate" }
            trigger = { timeBeforeExpiry = "P30D" }
          },
        ]
      }
    }
  }
}

resource "azapi_resource" "dated" {
  type      = "Microsoft.KeyVault/vaults/keys@2023-07-01"
  name      = "dated"
  parent_id = var.key_vault_id
  body = jsonencode({
    properties = {
      kty        = "EC"
      curveName  = "P-256"
      attributes = { exp = 1798761600 }
    }
  })
}
