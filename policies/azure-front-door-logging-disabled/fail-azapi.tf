# Diagnostic settings written with the AzAPI provider.
resource "azurerm_cdn_frontdoor_profile" "metrics_only" { # expect: azure-front-door-logging-disabled "`azurerm_cdn_frontdoor_profile.metrics_only`"
  name                = "acme-metrics"
  resource_group_name = "rg"
  sku_name            = "Standard_AzureFrontDoor"
}

resource "azapi_resource" "metrics_only" {
  type      = "Microsoft.Insights/diagnosticSettings@2021-05-01-preview"
  name      = "metrics"
  parent_id = azurerm_cdn_frontdoor_profile.metrics_only.id
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

resource "azurerm_cdn_frontdoor_profile" "log_disabled" { # expect: azure-front-door-logging-disabled "`azurerm_cdn_frontdoor_profile.log_disabled`"
  name                = "acme-disabled"
  resource_group_name = "rg"
  sku_name            = "Standard_AzureFrontDoor"
}

resource "azapi_resource" "log_disabled" {
  type      = "Microsoft.Insights/diagnosticSettings@2021-05-01-preview"
  name      = "logs"
  parent_id = azurerm_cdn_frontdoor_profile.log_disabled.id
  body = {
    properties = {
      workspaceId = "/subscriptions/x/resourceGroups/rg/providers/Microsoft.OperationalInsights/workspaces/logs"
      logs = [
        {
          category = "FrontDoorAccessLog"
          enabled  = false
        },
      ]
    }
  }
}
