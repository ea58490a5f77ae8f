resource "azurerm_kubernetes_cluster" "default" { # expect: azure-aks-local-accounts-enabled
  name                = "default"
  location            = "westeurope"
  resource_group_name = "rg"
  dns_prefix          = "default"

  default_node_pool {
    name       = "default"
    node_count = 2
    vm_size    = "Standard_D2s_v5"
  }

  identity {
    type = "SystemAssigned"
  }
}

resource "azurerm_kubernetes_cluster" "explicit" {
  name                   = "explicit"
  location               = "westeurope"
  resource_group_name    = "rg"
  dns_prefix             = "explicit"
  local_account_disabled = false # expect: azure-aks-local-accounts-enabled

  default_node_pool {
    name       = "default"
    node_count = 2
    vm_size    = "Standard_D2s_v5"
  }

  identity {
    type = "SystemAssigned"
  }
}
