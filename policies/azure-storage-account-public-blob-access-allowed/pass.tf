variable "public" {
  default = false
}

resource "azurerm_storage_account" "v4" {
  name                            = "acmev4"
  resource_group_name             = "rg"
  location                        = "westeurope"
  account_tier                    = "Standard"
  account_replication_type        = "LRS"
  allow_nested_items_to_be_public = var.public
}

resource "azurerm_storage_account" "v2" {
  name                     = "acmev2"
  resource_group_name      = "rg"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "LRS"
  allow_blob_public_access = false
}

resource "azurerm_storage_account" "files" {
  name                     = "acmefiles"
  resource_group_name      = "rg"
  location                 = "westeurope"
  account_kind             = "FileStorage"
  account_tier             = "Premium"
  account_replication_type = "LRS"
}
