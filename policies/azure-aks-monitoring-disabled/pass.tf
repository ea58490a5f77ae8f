resource "azurerm_log_analytics_workspace" "logs" {
  name                = "log-platform"
  location            = "westeurope"
  resource_group_name = "rg"
  sku                 = "PerGB2018"
  retention_in_days   = 365
}

resource "azurerm_kubernetes_cluster" "insights" {
  name                = "aks-insights"
  location            = "westeurope"
  resource_group_name = "rg"
  dns_prefix          = "aksinsights"

  default_node_pool {
    name       = "system"
    node_count = 3
    vm_size    = "Standard_D2s_v5"
  }

  identity {
    type = "SystemAssigned"
  }

  oms_agent {
    log_analytics_workspace_id      = azurerm_log_analytics_workspace.logs.id
    msi_auth_for_monitoring_enabled = true
  }
}

resource "azurerm_kubernetes_cluster" "v2" {
  name                = "aks-v2"
  location            = "westeurope"
  resource_group_name = "rg"
  dns_prefix          = "aksv2"

  default_node_pool {
    name       = "system"
    node_count = 3
    vm_size    = "Standard_D2s_v3"
  }

  addon_profile {
    oms_agent {
      enabled                    = true
      log_analytics_workspace_id = azurerm_log_analytics_workspace.logs.id
    }
  }

  identity {
    type = "SystemAssigned"
  }
}

resource "azurerm_kubernetes_cluster" "audited" {
  name                = "aks-audited"
  location            = "westeurope"
  resource_group_name = "rg"
  dns_prefix          = "aksaudited"

  default_node_pool {
    name       = "system"
    node_count = 3
    vm_size    = "Standard_D2s_v5"
  }

  identity {
    type = "SystemAssigned"
  }
}

resource "azurerm_monitor_diagnostic_setting" "aks_audit" {
  name                       = "aks-audit"
  target_resource_id         = azurerm_kubernetes_cluster.audited.id
  log_analytics_workspace_id = azurerm_log_analytics_workspace.logs.id

  enabled_log {
    category = "kube-audit-admin"
  }
}
