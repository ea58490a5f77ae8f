resource "azurerm_key_vault_secret" "db" { # expect: azure-key-vault-secret-without-expiry
  name         = "db-password"
  value        = "unused"
  key_vault_id = "vault"
}
