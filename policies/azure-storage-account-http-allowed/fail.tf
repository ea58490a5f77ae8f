resource "azurerm_storage_account" "v4" {
  name                       = "acmev4"
  resource_group_name        = "rg"
  location                   = "westeurope"
  account_tier               = "Standard"
  account_replication_type   = "LRS"
  https_traffic_only_enabled = false # expect: azure-storage-account-http-allowed
}

resource "azurerm_storage_account" "v3" {
  name                      = "acmev3"
  resource_group_name       = "rg"
  location                  = "westeurope"
  account_tier              = "Standard"
  account_replication_type  = "LRS"
  enable_https_traffic_only = false # expect: azure-storage-account-http-allowed
}
