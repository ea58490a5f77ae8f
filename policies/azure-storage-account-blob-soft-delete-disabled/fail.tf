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
    container_delete_retention_policy {
      days = 7
    }
  }
}

# Deleted blobs are kept, but deleting the container loses them all.
resource "azurerm_storage_account" "blobs_only" {
  name                     = "acmeblobsonly"
  resource_group_name      = "rg"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "ZRS"
  blob_properties { # expect: azure-storage-account-blob-soft-delete-disabled "not deleted containers"
    delete_retention_policy {
      days = 30
    }
  }
}

resource "azurerm_storage_account" "separate_blobs_only" { # expect: azure-storage-account-blob-soft-delete-disabled "not deleted containers"
  name                     = "acmesepblobs"
  resource_group_name      = "rg"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "ZRS"
}

resource "azurerm_storage_account_blob_properties" "separate_blobs_only" {
  storage_account_id = azurerm_storage_account.separate_blobs_only.id
  properties {
    delete_retention_policy {
      days = 14
    }
  }
}
