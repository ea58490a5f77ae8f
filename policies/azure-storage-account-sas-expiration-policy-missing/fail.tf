resource "azurerm_storage_account" "default" { # expect: azure-storage-account-sas-expiration-policy-missing
  name                     = "stdefault"
  resource_group_name      = "rg"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "GRS"
}

resource "azurerm_storage_account" "keys" { # expect: azure-storage-account-sas-expiration-policy-missing
  name                      = "stkeys"
  resource_group_name       = "rg"
  location                  = "westeurope"
  account_tier              = "Standard"
  account_replication_type  = "LRS"
  shared_access_key_enabled = true
}

resource "azurerm_storage_account" "empty_period" {
  name                     = "stemptyperiod"
  resource_group_name      = "rg"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "LRS"

  sas_policy {
    expiration_period = "" # expect: azure-storage-account-sas-expiration-policy-missing "empty `expiration_period`"
  }
}
