resource "azurerm_kubernetes_cluster" "azure" {
  name                = "azure"
  location            = "westeurope"
  resource_group_name = "rg"
  dns_prefix          = "azure"

  default_node_pool {
    name       = "default"
    node_count = 2
    vm_size    = "Standard_D2s_v5"
  }

  identity {
    type = "SystemAssigned"
  }

  network_profile {
    network_plugin = "azure"
    network_policy = "calico"
  }
}

resource "azurerm_kubernetes_cluster" "cilium" {
  name                = "cilium"
  location            = "westeurope"
  resource_group_name = "rg"
  dns_prefix          = "cilium"

  default_node_pool {
    name       = "default"
    node_count = 2
    vm_size    = "Standard_D2s_v5"
  }

  identity {
    type = "SystemAssigned"
  }

  network_profile {
    network_plugin      = "azure"
    network_plugin_mode = "overlay"
    network_data_plane  = "cilium"
  }
}
