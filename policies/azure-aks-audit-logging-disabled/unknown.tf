variable "log_categories" {
  type = list(string)
}

# The categories come from a variable without a default.
resource "azurerm_kubernetes_cluster" "dynamic" { # expect: azure-aks-audit-logging-disabled unknown
  name                = "dynamic"
  location            = "westeurope"
  resource_group_name = "rg"
  dns_prefix          = "dynamic"

  default_node_pool {
    name       = "system"
    node_count = 2
    vm_size    = "Standard_D2s_v5"
  }

  identity {
    type = "SystemAssigned"
  }
}

resource "azurerm_monitor_diagnostic_setting" "dynamic" {
  name                       = "logs"
  target_resource_id         = azurerm_kubernetes_cluster.dynamic.id
  log_analytics_workspace_id = "/subscriptions/x/resourceGroups/rg/providers/Microsoft.OperationalInsights/workspaces/logs"

  dynamic "enabled_log" {
    for_each = var.log_categories
    content {
      category = enabled_log.value
    }
  }
}
