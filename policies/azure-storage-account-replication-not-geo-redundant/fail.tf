resource "azurerm_storage_account" "lrs" {
  name                     = "stlrs"
  resource_group_name      = "rg"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "LRS" # expect: azure-storage-account-replication-not-geo-redundant
}

variable "replication" {
  default = "ZRS"
}

resource "azurerm_storage_account" "zrs" {
  name                     = "stzrs"
  resource_group_name      = "rg"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = var.replication # expect: azure-storage-account-replication-not-geo-redundant
}
