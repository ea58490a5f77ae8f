resource "azurerm_storage_account" "lake" { # expect: azure-storage-account-local-users-enabled
  name                     = "stlake"
  resource_group_name      = "rg"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "ZRS"
  account_kind             = "StorageV2"
  is_hns_enabled           = true
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
