resource "azurerm_kubernetes_cluster" "default" { # expect: azure-aks-automatic-upgrade-disabled "`azurerm_kubernetes_cluster.default`"
  name                = "aks-default"
  location            = "westeurope"
  resource_group_name = "rg"
  dns_prefix          = "aksdefault"

  default_node_pool {
    name       = "system"
    node_count = 3
    vm_size    = "Standard_D4s_v5"
  }

  identity {
    type = "SystemAssigned"
  }
}

resource "azurerm_kubernetes_cluster" "none" {
  name                      = "aks-none"
  location                  = "westeurope"
  resource_group_name       = "rg"
  dns_prefix                = "aksnone"
  automatic_upgrade_channel = "none" # expect: azure-aks-automatic-upgrade-disabled

  default_node_pool {
    name       = "system"
    node_count = 3
    vm_size    = "Standard_D4s_v5"
  }

  identity {
    type = "SystemAssigned"
  }
}
