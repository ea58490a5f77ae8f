# Diagnostic settings written with the AzAPI provider.
resource "azurerm_application_gateway" "category" {
  name                = "acme-category"
  location            = "westeurope"
  resource_group_name = "rg"
}

resource "azapi_resource" "category" {
  type      = "Microsoft.Insights/diagnosticSettings@2021-05-01-preview"
  name      = "logs"
  parent_id = azurerm_application_gateway.category.id
  body = {
    properties = {
      workspaceId = "/subscriptions/x/resourceGroups/rg/providers/Microsoft.OperationalInsights/workspaces/logs"
      logs = [
        {
          category = "ApplicationGatewayAccessLog"
          enabled  = true
        },
      ]
    }
  }
}

resource "azurerm_application_gateway" "group" {
  name                = "acme-group"
  location            = "westeurope"
  resource_group_name = "rg"
}

resource "azapi_resource" "group" {
  type      = "Microsoft.Insights/diagnosticSettings@2021-05-01-preview"
  name      = "logs"
  parent_id = azurerm_application_gateway.group.id
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
