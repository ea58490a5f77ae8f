resource "azurerm_monitor_aad_diagnostic_setting" "entra" {
  name                       = "entra"
  log_analytics_workspace_id = "/subscriptions/x/resourceGroups/rg/providers/Microsoft.OperationalInsights/workspaces/logs"

  enabled_log {
    category = "AuditLogs"
  }

  enabled_log {
    category = "SignInLogs"
  }

  enabled_log {
    category = "ServicePrincipalSignInLogs"
  }
}

# azurerm v3, categories from a list, to a SIEM.
resource "azurerm_monitor_aad_diagnostic_setting" "siem" {
  name                           = "entra-siem"
  eventhub_authorization_rule_id = "/subscriptions/x/resourceGroups/rg/providers/Microsoft.EventHub/namespaces/siem/authorizationRules/send"

  dynamic "log" {
    for_each = ["signinlogs", "auditlogs", "managedidentitysigninlogs"]
    content {
      category = log.value
      enabled  = true

      retention_policy {}
    }
  }
}
