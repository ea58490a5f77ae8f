variable "retention_days" {
  default = 365
}

resource "azurerm_network_watcher_flow_log" "app" {
  name                 = "app"
  network_watcher_name = "watcher"
  resource_group_name  = "rg"
  target_resource_id   = "vnet"
  storage_account_id   = "logs"
  enabled              = true
  retention_policy {
    enabled = true
    days    = var.retention_days
  }
}

resource "azurerm_network_watcher_flow_log" "forever" {
  name                 = "forever"
  network_watcher_name = "watcher"
  resource_group_name  = "rg"
  target_resource_id   = "vnet2"
  storage_account_id   = "logs"
  enabled              = true
  retention_policy {
    enabled = false
    days    = 7
  }
}
