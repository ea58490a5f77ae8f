# Diagnostic settings for a vault managed elsewhere, written by its ID.
resource "azurerm_monitor_diagnostic_setting" "metrics_only" { # expect: azure-key-vault-audit-logging-disabled
  name                       = "kv-shared-metrics"
  target_resource_id         = "/subscriptions/0f0e0d0c-1111-2222-3333-444455556666/resourceGroups/rg-shared/providers/Microsoft.KeyVault/vaults/kv-shared"
  log_analytics_workspace_id = "/subscriptions/0f0e0d0c-1111-2222-3333-444455556666/resourceGroups/rg-ops/providers/Microsoft.OperationalInsights/workspaces/law-ops"

  metric {
    category = "AllMetrics"
  }
}

resource "azurerm_monitor_diagnostic_setting" "policy_only" { # expect: azure-key-vault-audit-logging-disabled
  name               = "kv-payments-policy"
  target_resource_id = "/subscriptions/0f0e0d0c-1111-2222-3333-444455556666/resourcegroups/rg-pay/providers/microsoft.keyvault/vaults/kv-payments"
  storage_account_id = "/subscriptions/0f0e0d0c-1111-2222-3333-444455556666/resourceGroups/rg-ops/providers/Microsoft.Storage/storageAccounts/stopslogs"

  enabled_log {
    category = "AzurePolicyEvaluationDetails"
  }
}
