resource "azurerm_key_vault" "no_setting" { # expect: azure-key-vault-audit-logging-disabled "key vault `azurerm_key_vault.no_setting` has no diagnostic setting that sends its `AuditEvent` log"
  name                     = "acme-no-setting"
  location                 = "westeurope"
  resource_group_name      = "rg"
  tenant_id                = "00000000-0000-0000-0000-000000000000"
  sku_name                 = "standard"
  purge_protection_enabled = true
}

# Metrics only.
resource "azurerm_key_vault" "metrics_only" { # expect: azure-key-vault-audit-logging-disabled "`azurerm_key_vault.metrics_only`"
  name                     = "acme-metrics-only"
  location                 = "westeurope"
  resource_group_name      = "rg"
  tenant_id                = "00000000-0000-0000-0000-000000000000"
  sku_name                 = "standard"
  purge_protection_enabled = true
}

resource "azurerm_monitor_diagnostic_setting" "metrics_only" {
  name                       = "metrics"
  target_resource_id         = azurerm_key_vault.metrics_only.id
  log_analytics_workspace_id = "/subscriptions/x/resourceGroups/rg/providers/Microsoft.OperationalInsights/workspaces/logs"

  metric {
    category = "AllMetrics"
  }
}

# azurerm v3: the audit log block is disabled.
resource "azurerm_key_vault" "log_disabled" { # expect: azure-key-vault-audit-logging-disabled "`azurerm_key_vault.log_disabled`"
  name                     = "acme-log-disabled"
  location                 = "westeurope"
  resource_group_name      = "rg"
  tenant_id                = "00000000-0000-0000-0000-000000000000"
  sku_name                 = "standard"
  purge_protection_enabled = true
}

resource "azurerm_monitor_diagnostic_setting" "log_disabled" {
  name               = "audit"
  target_resource_id = azurerm_key_vault.log_disabled.id
  storage_account_id = "/subscriptions/x/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/logs"

  log {
    category = "AuditEvent"
    enabled  = false
  }

  log {
    category = "AzurePolicyEvaluationDetails"
    enabled  = true
  }
}
