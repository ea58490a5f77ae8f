variable "tls" {
  default = "TLS1_1"
}

resource "azurerm_storage_account" "old" {
  name                     = "acmeold"
  resource_group_name      = "rg"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "LRS"
  min_tls_version          = "TLS1_0" # expect: azure-storage-account-tls-outdated
}

resource "azurerm_storage_account" "var" {
  name                     = "acmevar"
  resource_group_name      = "rg"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "LRS"
  min_tls_version          = var.tls # expect: azure-storage-account-tls-outdated
}
