# Diagnostic settings written with the AzAPI provider.
resource "azurerm_kubernetes_cluster" "metrics_only" { # expect: azure-aks-audit-logging-disabled "`azurerm_kubernetes_cluster.metrics_only`"
  name                = "acme-metrics"
  location            = "westeurope"
  resource_group_name = "rg"
  dns_prefix          = "acme"

  default_node_pool {
    name       = "system"
    node_count = 1
    vm_size    = "Standard_D2s_v5"
  }

  identity {
    type = "SystemAssigned"
  }
}

resource "azapi_resource" "metrics_only" {
  type      = "Microsoft.Insights/diagnosticSettings@2021-05-01-preview"
  name      = "metrics"
  parent_id = azurerm_kubernetes_cluster.metrics_only.id
  body = {
    properties = {
      workspaceId = "/subscriptions/x/resourceGroups/rg/providers/Microsoft.OperationalInsights/workspaces/logs"
      metrics = [
        {
          category = "AllMetrics"
          enabled  = true
        },
      ]
    }
  }
}

resource "azurerm_kubernetes_cluster" "log_disabled" { # expect: azure-aks-audit-logging-disabled "`azurerm_kubernetes_cluster.log_disabled`"
  name                = "acme-disabled"
  location            = "westeurope"
  resource_group_name = "rg"
  dns_prefix          = "acme"

  default_node_pool {
    name       = "system"
    node_count = 1
    vm_size    = "Standard_D2s_v5"
  }

  identity {
    type = "SystemAssigned"
  }
}

resource "azapi_resource" "log_disabled" {
  type      = "Microsoft.Insights/diagnosticSettings@2021-05-01-preview"
  name      = "logs"
  parent_id = azurerm_kubernetes_cluster.log_disabled.id
  body = {
    properties = {
      workspaceId = "/subscriptions/x/resourceGroups/rg/providers/Microsoft.OperationalInsights/workspaces/logs"
      logs = [
        {
          category = "kube-audit-admin"
          enabled  = false
        },
      ]
    }
  }
}
