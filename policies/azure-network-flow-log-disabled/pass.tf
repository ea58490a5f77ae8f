resource "azurerm_network_watcher_flow_log" "app" {
  name                 = "app"
  network_watcher_name = "watcher"
  resource_group_name  = "rg"
  target_resource_id   = "vnet"
  storage_account_id   = "logs"
  enabled              = true
  retention_policy {
    enabled = true
    days    = 90
  }
}
