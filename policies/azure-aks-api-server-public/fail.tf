resource "azurerm_kubernetes_cluster" "open" { # expect: azure-aks-api-server-public
  name                = "acme-open"
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

resource "azurerm_kubernetes_cluster" "world" {
  name                = "acme-world"
  location            = "westeurope"
  resource_group_name = "rg"
  dns_prefix          = "acme-world"
  default_node_pool {
    name       = "default"
    node_count = 1
    vm_size    = "Standard_D2_v2"
  }
  api_server_access_profile { # expect: azure-aks-api-server-public
    authorized_ip_ranges = ["0.0.0.0/0"]
  }
  identity {
    type = "SystemAssigned"
  }
}
