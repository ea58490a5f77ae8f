variable "subscription_id" {
  type = string
}

# The target is a subscription or something below it: not known statically.
resource "azurerm_monitor_diagnostic_setting" "templated" { # expect: azure-activity-log-export-misses-categories unknown
  name                       = "activity-log"
  target_resource_id         = "/subscriptions/${var.subscription_id}"
  log_analytics_workspace_id = "/subscriptions/x/resourceGroups/rg/providers/Microsoft.OperationalInsights/workspaces/logs"

  enabled_log {
    category = "Administrative"
  }
}
