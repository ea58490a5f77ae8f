data "azurerm_subscription" "current" {}

resource "azurerm_monitor_diagnostic_setting" "activity_log" {
  name                       = "activity-log"
  target_resource_id         = data.azurerm_subscription.current.id
  log_analytics_workspace_id = "/subscriptions/x/resourceGroups/rg/providers/Microsoft.OperationalInsights/workspaces/logs"

  enabled_log {
    category = "Administrative"
  }

  enabled_log {
    category = "Security"
  }

  enabled_log {
    category = "Policy"
  }

  enabled_log {
    category = "Alert"
  }

  enabled_log {
    category = "ServiceHealth"
  }
}

# Every category, from a list, in lower case, to a SIEM.
locals {
  activity_log_categories = ["administrative", "security", "servicehealth", "alert", "recommendation", "policy", "autoscale", "resourcehealth"]
}

resource "azurerm_monitor_diagnostic_setting" "siem" {
  name                           = "activity-log-siem"
  target_resource_id             = "/subscriptions/00000000-0000-0000-0000-000000000000/"
  eventhub_authorization_rule_id = "/subscriptions/x/resourceGroups/rg/providers/Microsoft.EventHub/namespaces/siem/authorizationRules/send"

  dynamic "enabled_log" {
    for_each = local.activity_log_categories
    content {
      category = enabled_log.value
    }
  }
}

# A resource's diagnostic setting is not the activity log's.
resource "azurerm_key_vault" "main" {
  name                = "acme-main"
  location            = "westeurope"
  resource_group_name = "rg"
  tenant_id           = "00000000-0000-0000-0000-000000000000"
  sku_name            = "standard"
}

resource "azurerm_monitor_diagnostic_setting" "key_vault" {
  name                       = "audit"
  target_resource_id         = azurerm_key_vault.main.id
  log_analytics_workspace_id = "/subscriptions/x/resourceGroups/rg/providers/Microsoft.OperationalInsights/workspaces/logs"

  enabled_log {
    category_group = "audit"
  }
}

resource "azurerm_monitor_diagnostic_setting" "storage_literal" {
  name                       = "storage"
  target_resource_id         = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/data"
  log_analytics_workspace_id = "/subscriptions/x/resourceGroups/rg/providers/Microsoft.OperationalInsights/workspaces/logs"

  metric {
    category = "Transaction"
  }
}
