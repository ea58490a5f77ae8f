data "azurerm_subscription" "current" {}

# Only the administrative operations.
resource "azurerm_monitor_diagnostic_setting" "administrative_only" { # expect: azure-activity-log-export-misses-categories "diagnostic setting `azurerm_monitor_diagnostic_setting.administrative_only` exports the subscription's activity log without the `Security`, `Policy`, `Alert` categories"
  name                       = "activity-log"
  target_resource_id         = data.azurerm_subscription.current.id
  log_analytics_workspace_id = "/subscriptions/x/resourceGroups/rg/providers/Microsoft.OperationalInsights/workspaces/logs"

  enabled_log {
    category = "Administrative"
  }

  enabled_log {
    category = "ServiceHealth"
  }
}

# azurerm v3, a literal subscription id; the security category is disabled.
resource "azurerm_monitor_diagnostic_setting" "v3_security_disabled" { # expect: azure-activity-log-export-misses-categories "without the `Security` categories"
  name               = "activity-log-archive"
  target_resource_id = "/subscriptions/00000000-0000-0000-0000-000000000000"
  storage_account_id = "/subscriptions/x/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/archive"

  log {
    category = "Administrative"
    enabled  = true
  }

  log {
    category = "Security"
    enabled  = false
  }

  log {
    category = "Policy"
    enabled  = true
  }

  log {
    category = "Alert"
    enabled  = true
  }
}

# A subscription the configuration creates.
resource "azurerm_subscription" "workload" {
  subscription_name = "workload"
  alias             = "workload"
  billing_scope_id  = "/providers/Microsoft.Billing/billingAccounts/1234567/enrollmentAccounts/7654321"
}

resource "azurerm_monitor_diagnostic_setting" "workload" { # expect: azure-activity-log-export-misses-categories "without the `Administrative`, `Security`, `Policy`, `Alert` categories"
  name                       = "activity-log"
  target_resource_id         = "/subscriptions/${azurerm_subscription.workload.subscription_id}"
  log_analytics_workspace_id = "/subscriptions/x/resourceGroups/rg/providers/Microsoft.OperationalInsights/workspaces/logs"

  enabled_log {
    category = "ServiceHealth"
  }

  enabled_log {
    category = "ResourceHealth"
  }
}
