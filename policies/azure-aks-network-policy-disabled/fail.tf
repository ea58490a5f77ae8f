resource "azurerm_kubernetes_cluster" "bare" { # expect: azure-aks-network-policy-disabled "no network profile"
  name                = "bare"
  location            = "westeurope"
  resource_group_name = "rg"
  dns_prefix          = "bare"

  default_node_pool {
    name       = "default"
    node_count = 2
    vm_size    = "Standard_D2s_v5"
  }

  identity {
    type = "SystemAssigned"
  }
}

resource "azurerm_kubernetes_cluster" "cni_only" {
  name                = "cni"
  location            = "westeurope"
  resource_group_name = "rg"
  dns_prefix          = "cni"

  default_node_pool {
    name       = "default"
    node_count = 2
    vm_size    = "Standard_D2s_v5"
  }

  identity {
    type = "SystemAssigned"
  }

  # expect: azure-aks-network-policy-disabled "enforces no network policies"
  network_profile {
    network_plugin    = "azure"
    load_balancer_sku = "standard"
  }
}
