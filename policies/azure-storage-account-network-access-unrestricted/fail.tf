resource "azurerm_storage_account" "bare" { # expect: azure-storage-account-network-access-unrestricted "no network rules"
  name                     = "bare"
  resource_group_name      = "rg"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "LRS"
}

resource "azurerm_storage_account" "allow" {
  name                     = "allow"
  resource_group_name      = "rg"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "LRS"

  network_rules {
    default_action = "Allow" # expect: azure-storage-account-network-access-unrestricted "allows every network"
    ip_rules       = ["203.0.113.10"]
  }
}

resource "azurerm_storage_account" "separate" {
  name                     = "separate"
  resource_group_name      = "rg"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "LRS"
}

resource "azurerm_storage_account_network_rules" "separate" {
  storage_account_id = azurerm_storage_account.separate.id
  default_action     = "Allow" # expect: azure-storage-account-network-access-unrestricted "network rules"
}
