# Diagnostic settings for vaults managed elsewhere, written by their IDs.
locals {
  shared_vault = "/subscriptions/0f0e0d0c-1111-2222-3333-444455556666/resourceGroups/rg-shared/providers/Microsoft.KeyVault/vaults/kv-shared"
}

# Metrics go to one destination, the audit log to another.
resource "azurerm_monitor_diagnostic_setting" "metrics" {
  name                       = "kv-shared-metrics"
  target_resource_id         = local.shared_vault
  log_analytics_workspace_id = "/subscriptions/0f0e0d0c-1111-2222-3333-444455556666/resourceGroups/rg-ops/providers/Microsoft.OperationalInsights/workspaces/law-ops"

  metric {
    category = "AllMetrics"
  }
}

resource "azurerm_monitor_diagnostic_setting" "audit" {
  name               = "kv-shared-audit"
  target_resource_id = local.shared_vault
  storage_account_id = "/subscriptions/0f0e0d0c-1111-2222-3333-444455556666/resourceGroups/rg-ops/providers/Microsoft.Storage/storageAccounts/stauditlogs"

  enabled_log {
    category_group = "audit"
  }
}

# Not a key vault: a storage account's blob service.
resource "azurerm_monitor_diagnostic_setting" "blob" {
  name                       = "blob-metrics"
  target_resource_id         = "/subscriptions/0f0e0d0c-1111-2222-3333-444455556666/resourceGroups/rg-data/providers/Microsoft.Storage/storageAccounts/stdata/blobServices/default"
  log_analytics_workspace_id = "/subscriptions/0f0e0d0c-1111-2222-3333-444455556666/resourceGroups/rg-ops/providers/Microsoft.OperationalInsights/workspaces/law-ops"

  metric {
    category = "Transaction"
  }
}

# An unknown target is not read.
variable "vault_id" {}

resource "azurerm_monitor_diagnostic_setting" "passed_in" {
  name                       = "kv-passed-in"
  target_resource_id         = var.vault_id
  log_analytics_workspace_id = "/subscriptions/0f0e0d0c-1111-2222-3333-444455556666/resourceGroups/rg-ops/providers/Microsoft.OperationalInsights/workspaces/law-ops"

  metric {
    category = "AllMetrics"
  }
}
