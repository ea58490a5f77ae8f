resource "azurerm_key_vault_key" "data" { # expect: azure-key-vault-key-without-expiry
  name         = "data"
  key_vault_id = "vault"
  key_type     = "RSA"
  key_size     = 2048
  key_opts     = ["decrypt", "encrypt", "unwrapKey", "wrapKey"]
}

resource "azurerm_key_vault_key" "notify_only" { # expect: azure-key-vault-key-without-expiry
  name         = "notify"
  key_vault_id = "vault"
  key_type     = "RSA"
  key_size     = 2048
  key_opts     = ["unwrapKey", "wrapKey"]
  rotation_policy {
    notify_before_expiry = "P30D"
  }
}
