resource "azurerm_network_watcher_flow_log" "app" {
  name                      = "app"
  network_watcher_name      = "watcher"
  resource_group_name       = "rg"
  network_security_group_id = "nsg"
  storage_account_id        = "logs"
  enabled                   = false # expect: azure-network-flow-log-disabled
  retention_policy {
    enabled = true
    days    = 90
  }
}
