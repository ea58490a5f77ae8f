resource "azurerm_kubernetes_cluster" "default" { # expect: azure-aks-azure-policy-disabled
  name                = "acme"
  location            = "westeurope"
  resource_group_name = "rg"
  dns_prefix          = "acme"
  default_node_pool {
    name       = "default"
    node_count = 1
    vm_size    = "Standard_D2_v2"
  }
  identity {
    type = "SystemAssigned"
  }
}

resource "azurerm_kubernetes_cluster" "v2" { # expect: azure-aks-azure-policy-disabled
  name                = "acme-v2"
  location            = "westeurope"
  resource_group_name = "rg"
  dns_prefix          = "acme-v2"
  default_node_pool {
    name       = "default"
    node_count = 1
    vm_size    = "Standard_D2_v2"
  }
  addon_profile {
    azure_policy {
      enabled = false
    }
  }
}
