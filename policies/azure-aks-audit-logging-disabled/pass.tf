# azurerm v4: the audit category.
resource "azurerm_kubernetes_cluster" "category" {
  name                = "category"
  location            = "westeurope"
  resource_group_name = "rg"
  dns_prefix          = "category"

  default_node_pool {
    name       = "system"
    node_count = 2
    vm_size    = "Standard_D2s_v5"
  }

  identity {
    type = "SystemAssigned"
  }
}

resource "azurerm_monitor_diagnostic_setting" "category" {
  name                       = "audit"
  target_resource_id         = azurerm_kubernetes_cluster.category.id
  log_analytics_workspace_id = "/subscriptions/x/resourceGroups/rg/providers/Microsoft.OperationalInsights/workspaces/logs"

  enabled_log {
    category = "kube-audit"
  }
}

# The audit category group, in a setting that also sends metrics.
resource "azurerm_kubernetes_cluster" "group" {
  name                = "group"
  location            = "westeurope"
  resource_group_name = "rg"
  dns_prefix          = "group"

  default_node_pool {
    name       = "system"
    node_count = 2
    vm_size    = "Standard_D2s_v5"
  }

  identity {
    type = "SystemAssigned"
  }
}

resource "azurerm_monitor_diagnostic_setting" "group" {
  name                       = "audit"
  target_resource_id         = azurerm_kubernetes_cluster.group.id
  log_analytics_workspace_id = "/subscriptions/x/resourceGroups/rg/providers/Microsoft.OperationalInsights/workspaces/logs"

  enabled_log {
    category_group = "audit"
  }

  metric {
    category = "AllMetrics"
  }
}

# azurerm v3: an enabled log block with every category, written as the
# portal exports it (`AllLogs`).
resource "azurerm_kubernetes_cluster" "v3_all_logs" {
  name                = "v3-all-logs"
  location            = "westeurope"
  resource_group_name = "rg"
  dns_prefix          = "v3alllogs"

  default_node_pool {
    name       = "system"
    node_count = 2
    vm_size    = "Standard_D2s_v5"
  }

  identity {
    type = "SystemAssigned"
  }
}

resource "azurerm_monitor_diagnostic_setting" "v3_all_logs" {
  name                           = "all"
  target_resource_id             = azurerm_kubernetes_cluster.v3_all_logs.id
  eventhub_authorization_rule_id = "/subscriptions/x/resourceGroups/rg/providers/Microsoft.EventHub/namespaces/siem/authorizationRules/send"

  log {
    category_group = "AllLogs"
    enabled        = true

    retention_policy {
      enabled = false
    }
  }
}

# Clusters made with `count`, each with its own setting.
resource "azurerm_kubernetes_cluster" "regional" {
  count               = 2
  name                = "regional-${count.index}"
  location            = "westeurope"
  resource_group_name = "rg"
  dns_prefix          = "regional${count.index}"

  default_node_pool {
    name       = "system"
    node_count = 2
    vm_size    = "Standard_D2s_v5"
  }

  identity {
    type = "SystemAssigned"
  }
}

resource "azurerm_monitor_diagnostic_setting" "regional" {
  count                      = 2
  name                       = "audit"
  target_resource_id         = azurerm_kubernetes_cluster.regional[count.index].id
  log_analytics_workspace_id = "/subscriptions/x/resourceGroups/rg/providers/Microsoft.OperationalInsights/workspaces/logs"

  enabled_log {
    category = "kube-audit-admin"
  }
}

# One setting per resource of the module, from a map of ids.
resource "azurerm_kubernetes_cluster" "mapped" {
  name                = "mapped"
  location            = "westeurope"
  resource_group_name = "rg"
  dns_prefix          = "mapped"

  default_node_pool {
    name       = "system"
    node_count = 2
    vm_size    = "Standard_D2s_v5"
  }

  identity {
    type = "SystemAssigned"
  }
}

locals {
  audited = {
    aks = azurerm_kubernetes_cluster.mapped.id
  }
}

resource "azurerm_monitor_diagnostic_setting" "mapped" {
  for_each                   = local.audited
  name                       = "audit-${each.key}"
  target_resource_id         = each.value
  log_analytics_workspace_id = "/subscriptions/x/resourceGroups/rg/providers/Microsoft.OperationalInsights/workspaces/logs"

  enabled_log {
    category_group = "allLogs"
  }
}
