resource "azurerm_storage_account" "default" { # expect: azure-storage-account-shared-key-enabled "`azurerm_storage_account.default`"
  name                     = "stdefault"
  resource_group_name      = "rg"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "ZRS"
}

resource "azurerm_storage_account" "explicit" {
  name                      = "stexplicit"
  resource_group_name       = "rg"
  location                  = "westeurope"
  account_tier              = "Standard"
  account_replication_type  = "LRS"
  shared_access_key_enabled = true # expect: azure-storage-account-shared-key-enabled
}

variable "allow_keys" {
  default = true
}

resource "azurerm_storage_account" "from_var" {
  name                      = "stfromvar"
  resource_group_name       = "rg"
  location                  = "westeurope"
  account_tier              = "Standard"
  account_replication_type  = "LRS"
  shared_access_key_enabled = var.allow_keys # expect: azure-storage-account-shared-key-enabled
}
