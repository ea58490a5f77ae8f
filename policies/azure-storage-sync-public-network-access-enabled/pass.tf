variable "traffic_policy" {
  default = "AllowVirtualNetworksOnly"
}

variable "unknown_policy" {}

resource "azurerm_storage_sync" "private" {
  name                    = "sync-private"
  resource_group_name     = "rg"
  location                = "westeurope"
  incoming_traffic_policy = "AllowVirtualNetworksOnly"
}

resource "azurerm_storage_sync" "from_var" {
  name                    = "sync-var"
  resource_group_name     = "rg"
  location                = "westeurope"
  incoming_traffic_policy = var.traffic_policy
}
