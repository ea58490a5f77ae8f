# Diagnostic settings written with the AzAPI provider.
resource "azurerm_firewall" "metrics_only" { # expect: azure-firewall-logging-disabled "`azurerm_firewall.metrics_only`"
  name                = "acme-metrics"
  location            = "westeurope"
  resource_group_name = "rg"
  sku_name            = "AZFW_VNet"
  sku_tier            = "Standard"
}

resource "azapi_resource" "metrics_only" {
  type      = "Microsoft.Insights/diagnosticSettings@2021-05-01-preview"
  name      = "metrics"
  parent_id = azurerm_firewall.metrics_only.id
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

resource "azurerm_firewall" "log_disabled" { # expect: azure-firewall-logging-disabled "`azurerm_firewall.log_disabled`"
  name                = "acme-disabled"
  location            = "westeurope"
  resource_group_name = "rg"
  sku_name            = "AZFW_VNet"
  sku_tier            = "Standard"
}

resource "azapi_resource" "log_disabled" {
  type      = "Microsoft.Insights/diagnosticSettings@2021-05-01-preview"
  name      = "logs"
  parent_id = azurerm_firewall.log_disabled.id
  body = {
    properties = {
      workspaceId = "/subscriptions/x/resourceGroups/rg/providers/Microsoft.OperationalInsights/workspaces/logs"
      logs = [
        {
          category = "AZFWApplicationRule"
          enabled  = false
        },
      ]
    }
  }
}
