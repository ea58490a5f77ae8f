resource "azurerm_storage_account" "lake" {
  name                     = "stlake"
  resource_group_name      = "rg"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "ZRS"
  is_hns_enabled           = true
  local_user_enabled       = false
}

# A Data Lake account without SFTP: local users have no endpoint to log in to.
resource "azurerm_storage_account" "analytics" {
  name                     = "stanalytics"
  resource_group_name      = "rg"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "ZRS"
  is_hns_enabled           = true
  sftp_enabled             = false
}

# SFTP switched on but local users off: nobody can log in over SFTP.
resource "azurerm_storage_account" "sftp_closed" {
  name                     = "stsftpclosed"
  resource_group_name      = "rg"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "ZRS"
  is_hns_enabled           = true
  sftp_enabled             = true
  local_user_enabled       = false
}

resource "azurerm_storage_account" "blobs" {
  name                     = "stblobs"
  resource_group_name      = "rg"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "GRS"
}
