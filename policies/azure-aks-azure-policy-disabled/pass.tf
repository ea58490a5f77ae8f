resource "azurerm_kubernetes_cluster" "v3" {
  name                 = "acme"
  location             = "westeurope"
  resource_group_name  = "rg"
  dns_prefix           = "acme"
  azure_policy_enabled = true
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
  dns_prefix          = "acme-v2"
  default_node_pool {
    name       = "default"
    node_count = 1
    vm_size    = "Standard_D2_v2"
  }
  addon_profile {
    azure_policy {
      enabled = true
    }
  }
}
