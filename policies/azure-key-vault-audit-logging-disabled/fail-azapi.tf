# Diagnostic settings written with the AzAPI provider.
resource "azurerm_key_vault" "metrics_only" { # expect: azure-key-vault-audit-logging-disabled "`azurerm_key_vault.metrics_only`"
  name                = "acme-metrics"
  location                 = "westeurope"
  resource_group_name      = "rg"
  tenant_id                = "00000000-0000-0000-0000-000000000000"
  sku_name                 = "standard"
  purge_protection_enabled = true
}

resource "azapi_resource" "metrics_only" {
  type      = "Microsoft.Insights/diagnosticSettings@2021-05-01-preview"
  name      = "metrics"
  parent_id = azurerm_key_vault.metrics_only.id
  body = {
    properties = {
      workspaceId = "/subscriptions/x/resourceGroups/rg/providers/Microsoft.OperationalInsights/workspaces/logs"
      metrics = [
        {
          category = "AllMetrics"
          enabled  = true
        },
      ]
    }
  }
}

resource "azurerm_key_vault" "log_disabled" { # expect: azure-key-vault-audit-logging-disabled "`azurerm_key_vault.log_disabled`"
  name                = "acme-disabled"
  location                 = "westeurope"
  resource_group_name      = "rg"
  tenant_id                = "00000000-0000-0000-0000-000000000000"
  sku_name                 = "standard"
  purge_protection_enabled = true
}

resource "azapi_resource" "log_disabled" {
  type      = "Microsoft.Insights/diagnosticSettings@2021-05-01-preview"
  name      = "logs"
  parent_id = azurerm_key_vault.log_disabled.id
  body = {
    properties = {
      workspaceId = "/subscriptions/x/resourceGroups/rg/providers/Microsoft.OperationalInsights/workspaces/logs"
      logs = [
        {
          category = "AuditEvent"
          enabled  = false
        },
      ]
    }
  }
}
