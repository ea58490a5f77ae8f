# Diagnostic settings written with the AzAPI provider.
resource "azurerm_cdn_frontdoor_profile" "category" {
  name                = "acme-category"
  resource_group_name = "rg"
  sku_name            = "Standard_AzureFrontDoor"
}

resource "azapi_resource" "category" {
  type      = "Microsoft.Insights/diagnosticSettings@2021-05-01-preview"
  name      = "logs"
  parent_id = azurerm_cdn_frontdoor_profile.category.id
  body = {
    properties = {
      workspaceId = "/subscriptions/x/resourceGroups/rg/providers/Microsoft.OperationalInsights/workspaces/logs"
      logs = [
        {
          category = "FrontDoorAccessLog"
          enabled  = true
        },
      ]
    }
  }
}

resource "azurerm_cdn_frontdoor_profile" "group" {
  name                = "acme-group"
  resource_group_name = "rg"
  sku_name            = "Standard_AzureFrontDoor"
}

resource "azapi_resource" "group" {
  type      = "Microsoft.Insights/diagnosticSettings@2021-05-01-preview"
  name      = "logs"
  parent_id = azurerm_cdn_frontdoor_profile.group.id
  body = jsonencode({
    properties = {
      workspaceId = "/subscriptions/x/resourceGroups/rg/providers/Microsoft.OperationalInsights/workspaces/logs"
      logs = [
        {
          categoryGroup = "allLogs"
          enabled       = true
        },
      ]
    }
  })
}
