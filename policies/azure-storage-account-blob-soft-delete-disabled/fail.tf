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

variable "blob_retention_days" {
  default = 0
}

# A retention of 0 days from a variable: nothing is kept.
resource "azurerm_storage_account" "zero_days" {
  name                     = "acmezero"
  resource_group_name      = "rg"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "GRS"
  blob_properties {
    delete_retention_policy {
      days = var.blob_retention_days # expect: azure-storage-account-blob-soft-delete-disabled "0 days"
    }
  }
}
