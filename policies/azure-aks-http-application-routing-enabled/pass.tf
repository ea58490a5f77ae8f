resource "azurerm_kubernetes_cluster" "web_app_routing" {
  name                             = "aks-routing"
  location                         = "westeurope"
  resource_group_name              = "rg"
  dns_prefix                       = "aksrouting"
  http_application_routing_enabled = false

  default_node_pool {
    name       = "default"
    node_count = 2
    vm_size    = "Standard_D4s_v5"
  }

  identity {
    type = "SystemAssigned"
  }

  web_app_routing {
    dns_zone_ids = []
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
      enabled = false
    }
  }
}
