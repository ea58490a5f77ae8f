# SFTP on, and local users left at the provider's default.
resource "azurerm_storage_account" "partner_drop" { # expect: azure-storage-account-local-users-enabled "`azurerm_storage_account.partner_drop`"
  name                     = "stpartnerdrop"
  resource_group_name      = "rg-exchange"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "ZRS"
  account_kind             = "StorageV2"
  is_hns_enabled           = true
  sftp_enabled             = true
}

resource "azurerm_storage_account" "sftp" {
  name                     = "stsftp"
  resource_group_name      = "rg"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "GRS"
  is_hns_enabled           = true
  sftp_enabled             = true
  local_user_enabled       = true # expect: azure-storage-account-local-users-enabled
}
