resource "azurerm_kubernetes_cluster" "v4" {
  name                      = "aks-v4"
  location                  = "westeurope"
  resource_group_name       = "rg"
  dns_prefix                = "aksv4"
  automatic_upgrade_channel = "patch"
  node_os_upgrade_channel   = "NodeImage"

  maintenance_window_auto_upgrade {
    frequency   = "Weekly"
    interval    = 1
    duration    = 4
    day_of_week = "Sunday"
    start_time  = "02:00"
  }

  default_node_pool {
    name       = "system"
    node_count = 3
    vm_size    = "Standard_D4s_v5"
  }

  identity {
    type = "SystemAssigned"
  }
}

resource "azurerm_kubernetes_cluster" "v3" {
  name                      = "aks-v3"
  location                  = "westeurope"
  resource_group_name       = "rg"
  dns_prefix                = "aksv3"
  automatic_channel_upgrade = "stable"

  default_node_pool {
    name       = "system"
    node_count = 3
    vm_size    = "Standard_D4s_v5"
  }

  identity {
    type = "SystemAssigned"
  }
}
