variable "soft_delete" {
  type    = string
  default = "Off"
}

variable "rsv_soft_delete" {
  type = bool
}

resource "azurerm_recovery_services_vault" "vms" {
  name                = "acme-vms"
  location            = "westeurope"
  resource_group_name = "rg"
  sku                 = "Standard"
  soft_delete_enabled = false # expect: azure-backup-vault-soft-delete-disabled
}

resource "azurerm_recovery_services_vault" "unknown" {
  name                = "acme-unknown"
  location            = "westeurope"
  resource_group_name = "rg"
  sku                 = "Standard"
  soft_delete_enabled = var.rsv_soft_delete # expect: azure-backup-vault-soft-delete-disabled unknown
}

resource "azurerm_data_protection_backup_vault" "disks" {
  name                = "acme-disks"
  resource_group_name = "rg"
  location            = "westeurope"
  datastore_type      = "VaultStore"
  redundancy          = "GeoRedundant"
  soft_delete         = var.soft_delete # expect: azure-backup-vault-soft-delete-disabled
}
