resource "azurerm_kubernetes_cluster" "v3" {
  name                             = "aks-v3"
  location                         = "westeurope"
  resource_group_name              = "rg"
  dns_prefix                       = "aksv3"
  http_application_routing_enabled = true # expect: azure-aks-http-application-routing-enabled

  default_node_pool {
    name       = "default"
    node_count = 2
    vm_size    = "Standard_D4s_v5"
  }

  identity {
    type = "SystemAssigned"
  }
}

resource "azurerm_kubernetes_cluster" "v2" {
  name                = "aks-v2"
  location            = "westeurope"
  resource_group_name = "rg"
  dns_prefix          = "aksv2"

  default_node_pool {
    name       = "default"
    node_count = 2
    vm_size    = "Standard_D2_v2"
  }

  identity {
    type = "SystemAssigned"
  }

  addon_profile {
    http_application_routing {
      enabled = true # expect: azure-aks-http-application-routing-enabled "`azurerm_kubernetes_cluster.v2`"
    }
  }
}
