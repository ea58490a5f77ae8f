resource "azurerm_kubernetes_cluster" "none" { # expect: azure-aks-monitoring-disabled
  name                = "aks-none"
  location            = "westeurope"
  resource_group_name = "rg"
  dns_prefix          = "aksnone"

  default_node_pool {
    name       = "system"
    node_count = 3
    vm_size    = "Standard_D2s_v5"
  }

  identity {
    type = "SystemAssigned"
  }
}

resource "azurerm_kubernetes_cluster" "v2_disabled" { # expect: azure-aks-monitoring-disabled
  name                = "aks-v2"
  location            = "westeurope"
  resource_group_name = "rg"
  dns_prefix          = "aksv2"

  default_node_pool {
    name       = "system"
    node_count = 3
    vm_size    = "Standard_D2s_v3"
  }

  addon_profile {
    oms_agent {
      enabled = false
    }
  }

  identity {
    type = "SystemAssigned"
  }
}
