resource "azurerm_kubernetes_cluster" "no_setting" { # expect: azure-aks-audit-logging-disabled "AKS cluster `azurerm_kubernetes_cluster.no_setting` has no diagnostic setting that sends its Kubernetes audit log"
  name                = "no-setting"
  location            = "westeurope"
  resource_group_name = "rg"
  dns_prefix          = "nosetting"

  default_node_pool {
    name       = "system"
    node_count = 2
    vm_size    = "Standard_D2s_v5"
  }

  identity {
    type = "SystemAssigned"
  }
}

# Control-plane logs, but not the audit log.
resource "azurerm_kubernetes_cluster" "apiserver_only" { # expect: azure-aks-audit-logging-disabled "`azurerm_kubernetes_cluster.apiserver_only`"
  name                = "apiserver-only"
  location            = "westeurope"
  resource_group_name = "rg"
  dns_prefix          = "apiserveronly"

  default_node_pool {
    name       = "system"
    node_count = 2
    vm_size    = "Standard_D2s_v5"
  }

  identity {
    type = "SystemAssigned"
  }
}

resource "azurerm_monitor_diagnostic_setting" "apiserver_only" {
  name                       = "control-plane"
  target_resource_id         = azurerm_kubernetes_cluster.apiserver_only.id
  log_analytics_workspace_id = "/subscriptions/x/resourceGroups/rg/providers/Microsoft.OperationalInsights/workspaces/logs"

  enabled_log {
    category = "kube-apiserver"
  }

  enabled_log {
    category = "cluster-autoscaler"
  }

  metric {
    category = "AllMetrics"
  }
}

# azurerm v3: the audit log block is disabled.
resource "azurerm_kubernetes_cluster" "audit_disabled" { # expect: azure-aks-audit-logging-disabled "`azurerm_kubernetes_cluster.audit_disabled`"
  name                = "audit-disabled"
  location            = "westeurope"
  resource_group_name = "rg"
  dns_prefix          = "auditdisabled"

  default_node_pool {
    name       = "system"
    node_count = 2
    vm_size    = "Standard_D2s_v5"
  }

  identity {
    type = "SystemAssigned"
  }
}

resource "azurerm_monitor_diagnostic_setting" "audit_disabled" {
  name               = "audit"
  target_resource_id = azurerm_kubernetes_cluster.audit_disabled.id
  storage_account_id = "/subscriptions/x/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/logs"

  log {
    category = "kube-audit"
    enabled  = false
  }

  log {
    category = "guard"
    enabled  = true
  }
}

# The module's only audit setting is for another cluster.
resource "azurerm_kubernetes_cluster" "other" { # expect: azure-aks-audit-logging-disabled "`azurerm_kubernetes_cluster.other`"
  name                = "other"
  location            = "westeurope"
  resource_group_name = "rg"
  dns_prefix          = "other"

  default_node_pool {
    name       = "system"
    node_count = 2
    vm_size    = "Standard_D2s_v5"
  }

  identity {
    type = "SystemAssigned"
  }
}

resource "azurerm_kubernetes_cluster" "audited" {
  name                = "audited"
  location            = "westeurope"
  resource_group_name = "rg"
  dns_prefix          = "audited"

  default_node_pool {
    name       = "system"
    node_count = 2
    vm_size    = "Standard_D2s_v5"
  }

  identity {
    type = "SystemAssigned"
  }
}

resource "azurerm_monitor_diagnostic_setting" "audited" {
  name                       = "audit"
  target_resource_id         = azurerm_kubernetes_cluster.audited.id
  log_analytics_workspace_id = "/subscriptions/x/resourceGroups/rg/providers/Microsoft.OperationalInsights/workspaces/logs"

  enabled_log {
    category = "kube-audit-admin"
  }
}
