resource "azurerm_kubernetes_cluster" "v4" {
  name                = "aks-v4"
  location            = "westeurope"
  resource_group_name = "rg"
  dns_prefix          = "aksv4"

  default_node_pool {
    name                   = "system"
    node_count             = 3
    vm_size                = "Standard_D4s_v5"
    node_public_ip_enabled = true # expect: azure-aks-node-public-ip-enabled "default node pool"
  }

  identity {
    type = "SystemAssigned"
  }
}

resource "azurerm_kubernetes_cluster" "v3" {
  name                = "aks-v3"
  location            = "westeurope"
  resource_group_name = "rg"
  dns_prefix          = "aksv3"

  default_node_pool {
    name                  = "system"
    node_count            = 3
    vm_size               = "Standard_D4s_v5"
    enable_node_public_ip = true # expect: azure-aks-node-public-ip-enabled "`azurerm_kubernetes_cluster.v3`"
  }

  identity {
    type = "SystemAssigned"
  }
}

resource "azurerm_kubernetes_cluster_node_pool" "games" {
  name                   = "games"
  kubernetes_cluster_id  = azurerm_kubernetes_cluster.v4.id
  vm_size                = "Standard_D4s_v5"
  node_public_ip_enabled = true # expect: azure-aks-node-public-ip-enabled "node pool `azurerm_kubernetes_cluster_node_pool.games`"
}

resource "azurerm_kubernetes_cluster_node_pool" "legacy" {
  name                  = "legacy"
  kubernetes_cluster_id = azurerm_kubernetes_cluster.v3.id
  vm_size               = "Standard_D4s_v5"
  enable_node_public_ip = true # expect: azure-aks-node-public-ip-enabled
}
