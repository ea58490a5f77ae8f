# Sign-ins only.
resource "azurerm_monitor_aad_diagnostic_setting" "sign_ins_only" { # expect: azure-entra-diagnostic-setting-misses-logs "Entra ID diagnostic setting `azurerm_monitor_aad_diagnostic_setting.sign_ins_only` does not export the `AuditLogs` categories"
  name                       = "entra"
  log_analytics_workspace_id = "/subscriptions/x/resourceGroups/rg/providers/Microsoft.OperationalInsights/workspaces/logs"

  enabled_log {
    category = "SignInLogs"
  }

  enabled_log {
    category = "NonInteractiveUserSignInLogs"
  }
}

# azurerm v3: both logs written, both disabled.
resource "azurerm_monitor_aad_diagnostic_setting" "v3_disabled" { # expect: azure-entra-diagnostic-setting-misses-logs "`AuditLogs`, `SignInLogs`"
  name               = "entra-archive"
  storage_account_id = "/subscriptions/x/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/archive"

  log {
    category = "AuditLogs"
    enabled  = false

    retention_policy {}
  }

  log {
    category = "SignInLogs"
    enabled  = false

    retention_policy {}
  }
}
