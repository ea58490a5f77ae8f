resource "azurerm_recovery_services_vault" "default" {
  name                = "acme-default"
  location            = "westeurope"
  resource_group_name = "rg"
  sku                 = "Standard"
}

resource "azurerm_recovery_services_vault" "explicit" {
  name                = "acme-explicit"
  location            = "westeurope"
  resource_group_name = "rg"
  sku                 = "Standard"
  soft_delete_enabled = true
  immutability        = "Unlocked"
}

resource "azurerm_data_protection_backup_vault" "default" {
  name                = "acme-blobs"
  resource_group_name = "rg"
  location            = "westeurope"
  datastore_type      = "VaultStore"
  redundancy          = "LocallyRedundant"
}

resource "azurerm_data_protection_backup_vault" "always_on" {
  name                       = "acme-locked"
  resource_group_name        = "rg"
  location                   = "westeurope"
  datastore_type             = "VaultStore"
  redundancy                 = "GeoRedundant"
  soft_delete                = "AlwaysOn"
  retention_duration_in_days = 14
}
