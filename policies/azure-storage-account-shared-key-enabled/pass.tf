provider "azurerm" {
  features {}
  storage_use_azuread = true
}

resource "azurerm_storage_account" "entra_only" {
  name                            = "stentraonly"
  resource_group_name             = "rg"
  location                        = "westeurope"
  account_tier                    = "Standard"
  account_replication_type        = "GRS"
  shared_access_key_enabled       = false
  allow_nested_items_to_be_public = false
}

variable "shared_keys" {
  type    = bool
  default = false
}

resource "azurerm_storage_account" "from_var" {
  name                      = "stfromvar"
  resource_group_name       = "rg"
  location                  = "westeurope"
  account_tier              = "Standard"
  account_replication_type  = "LRS"
  shared_access_key_enabled = var.shared_keys
}
