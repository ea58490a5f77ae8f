resource "azurerm_kubernetes_cluster" "default" {
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

resource "azurerm_kubernetes_cluster" "entra" {
  name                              = "acme-entra"
  location                          = "westeurope"
  resource_group_name               = "rg"
  dns_prefix                        = "acme-entra"
  role_based_access_control_enabled = true
  default_node_pool {
    name       = "default"
    node_count = 1
    vm_size    = "Standard_D2_v2"
  }
  azure_active_directory_role_based_access_control {
    azure_rbac_enabled = true
  }
  identity {
    type = "SystemAssigned"
  }
}
