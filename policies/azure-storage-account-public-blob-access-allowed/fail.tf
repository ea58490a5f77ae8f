resource "azurerm_storage_account" "default" { # expect: azure-storage-account-public-blob-access-allowed "lets containers"
  name                     = "acmedefault"
  resource_group_name      = "rg"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "LRS"
}

resource "azurerm_storage_account" "v3" {
  name                            = "acmev3"
  resource_group_name             = "rg"
  location                        = "westeurope"
  account_tier                    = "Standard"
  account_replication_type        = "LRS"
  allow_nested_items_to_be_public = true # expect: azure-storage-account-public-blob-access-allowed
}

resource "azurerm_storage_account" "v2" {
  name                     = "acmev2"
  resource_group_name      = "rg"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "LRS"
  allow_blob_public_access = true # expect: azure-storage-account-public-blob-access-allowed "`allow_blob_public_access`"
}
