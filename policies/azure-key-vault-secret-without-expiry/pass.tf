variable "expires" {}

resource "azurerm_key_vault_secret" "db" {
  name            = "db-password"
  value           = "unused"
  key_vault_id    = "vault"
  expiration_date = "2027-12-31T00:00:00Z"
}

resource "azurerm_key_vault_secret" "api" {
  name            = "api-token"
  value           = "unused"
  key_vault_id    = "vault"
  expiration_date = var.expires
}
