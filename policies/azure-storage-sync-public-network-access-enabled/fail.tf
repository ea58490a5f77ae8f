resource "azurerm_storage_sync" "default" { # expect: azure-storage-sync-public-network-access-enabled
  name                = "sync-default"
  resource_group_name = "rg"
  location            = "westeurope"
}

resource "azurerm_storage_sync" "explicit" {
  name                    = "sync-explicit"
  resource_group_name     = "rg"
  location                = "westeurope"
  incoming_traffic_policy = "AllowAllTraffic" # expect: azure-storage-sync-public-network-access-enabled
}
