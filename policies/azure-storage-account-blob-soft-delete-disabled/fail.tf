resource "azurerm_storage_account" "none" { # expect: azure-storage-account-blob-soft-delete-disabled
  name                     = "acmenone"
  resource_group_name      = "rg"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "LRS"
}

resource "azurerm_storage_account" "versioning_only" {
  name                     = "acmeversions"
  resource_group_name      = "rg"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "LRS"
  blob_properties { # expect: azure-storage-account-blob-soft-delete-disabled
    versioning_enabled = true
  }
}
