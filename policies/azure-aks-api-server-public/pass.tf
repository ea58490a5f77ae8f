variable "operator_ranges" {
  default = ["203.0.113.0/24"]
}

resource "azurerm_kubernetes_cluster" "private" {
  name                    = "acme-private"
  location                = "westeurope"
  resource_group_name     = "rg"
  dns_prefix              = "acme-private"
  private_cluster_enabled = true
  default_node_pool {
    name       = "default"
    node_count = 1
    vm_size    = "Standard_D2_v2"
  }
  identity {
    type = "SystemAssigned"
  }
}

resource "azurerm_kubernetes_cluster" "restricted" {
  name                = "acme-restricted"
  location            = "westeurope"
  resource_group_name = "rg"
  dns_prefix          = "acme-restricted"
  default_node_pool {
    name       = "default"
    node_count = 1
    vm_size    = "Standard_D2_v2"
  }
  api_server_access_profile {
    authorized_ip_ranges = var.operator_ranges
  }
  identity {
    type = "SystemAssigned"
  }
}

resource "azurerm_kubernetes_cluster" "v3" {
  name                            = "acme-v3"
  location                        = "westeurope"
  resource_group_name             = "rg"
  dns_prefix                      = "acme-v3"
  api_server_authorized_ip_ranges = ["198.51.100.0/24"]
  default_node_pool {
    name       = "default"
    node_count = 1
    vm_size    = "Standard_D2_v2"
  }
  identity {
    type = "SystemAssigned"
  }
}
