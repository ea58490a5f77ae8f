resource "azurerm_storage_sync" "unknown" {
  name                    = "sync-unknown"
  resource_group_name     = "rg"
  location                = "westeurope"
  incoming_traffic_policy = var.unknown_policy # expect: azure-storage-sync-public-network-access-enabled unknown
}
