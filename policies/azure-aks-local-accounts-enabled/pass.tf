variable "admin_group_ids" {
  default = ["00000000-0000-0000-0000-000000000000"]
}

resource "azurerm_kubernetes_cluster" "entra" {
  name                   = "entra"
  location               = "westeurope"
  resource_group_name    = "rg"
  dns_prefix             = "entra"
  local_account_disabled = true

  default_node_pool {
    name       = "default"
    node_count = 2
    vm_size    = "Standard_D2s_v5"
  }

  identity {
    type = "SystemAssigned"
  }

  azure_active_directory_role_based_access_control {
    azure_rbac_enabled     = true
    admin_group_object_ids = var.admin_group_ids
  }
}
