resource "azurerm_kubernetes_cluster" "v3" {
  name                              = "acme-v3"
  location                          = "westeurope"
  resource_group_name               = "rg"
  dns_prefix                        = "acme"
  role_based_access_control_enabled = false # expect: azure-aks-rbac-disabled
  default_node_pool {
    name       = "default"
    node_count = 1
    vm_size    = "Standard_D2_v2"
  }
  identity {
    type = "SystemAssigned"
  }
}

resource "azurerm_kubernetes_cluster" "v2" {
  name                = "acme-v2"
  location            = "westeurope"
  resource_group_name = "rg"
  dns_prefix          = "acme2"
  default_node_pool {
    name       = "default"
    node_count = 1
    vm_size    = "Standard_D2_v2"
  }
  role_based_access_control {
    enabled = false # expect: azure-aks-rbac-disabled
  }
}
