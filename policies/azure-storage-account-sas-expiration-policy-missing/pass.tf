resource "azurerm_storage_account" "policy" {
  name                     = "stpolicy"
  resource_group_name      = "rg"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "GRS"

  sas_policy {
    expiration_period = "00.08:00:00"
    expiration_action = "Block"
  }
}

resource "azurerm_storage_account" "entra_only" {
  name                      = "stentra"
  resource_group_name       = "rg"
  location                  = "westeurope"
  account_tier              = "Standard"
  account_replication_type  = "GRS"
  shared_access_key_enabled = false
}
