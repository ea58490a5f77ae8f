resource "azurerm_key_vault_key" "dated" {
  name            = "dated"
  key_vault_id    = "vault"
  key_type        = "RSA"
  key_size        = 2048
  key_opts        = ["unwrapKey", "wrapKey"]
  expiration_date = "2027-12-31T00:00:00Z"
}

resource "azurerm_key_vault_key" "rotated" {
  name         = "rotated"
  key_vault_id = "vault"
  key_type     = "RSA"
  key_size     = 2048
  key_opts     = ["unwrapKey", "wrapKey"]
  rotation_policy {
    automatic {
      time_before_expiry = "P30D"
    }
    expire_after         = "P90D"
    notify_before_expiry = "P29D"
  }
}
