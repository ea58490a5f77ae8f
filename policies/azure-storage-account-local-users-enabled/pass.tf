resource "azurerm_storage_account" "lake" {
  name                     = "stlake"
  resource_group_name      = "rg"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "ZRS"
  is_hns_enabled           = true
  local_user_enabled       = false
}

resource "azurerm_storage_account" "blobs" {
  name                     = "stblobs"
  resource_group_name      = "rg"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "GRS"
}
