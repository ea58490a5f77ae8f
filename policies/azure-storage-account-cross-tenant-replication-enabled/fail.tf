resource "azurerm_storage_account" "exports" {
  name                             = "stexportsweu"
  resource_group_name              = "rg-data"
  location                         = "westeurope"
  account_tier                     = "Standard"
  account_replication_type         = "ZRS"
  cross_tenant_replication_enabled = true # expect: azure-storage-account-cross-tenant-replication-enabled "`azurerm_storage_account.exports`"
}

variable "allow_partner_copy" {
  type    = bool
  default = true
}

resource "azurerm_storage_account" "partner" {
  name                             = "stpartnerweu"
  resource_group_name              = "rg-data"
  location                         = "westeurope"
  account_tier                     = "Standard"
  account_replication_type         = "GRS"
  cross_tenant_replication_enabled = var.allow_partner_copy # expect: azure-storage-account-cross-tenant-replication-enabled "`azurerm_storage_account.partner`"
}
