# Diagnostic settings written with the AzAPI provider.
resource "azurerm_firewall" "category" {
  name                = "acme-category"
  location            = "westeurope"
  resource_group_name = "rg"
  sku_name            = "AZFW_VNet"
  sku_tier            = "Standard"
}

resource "azapi_resource" "category" {
  type      = "Microsoft.Insights/diagnosticSettings@2021-05-01-preview"
  name      = "logs"
  parent_id = azurerm_firewall.category.id
  body = {
    properties = {
      workspaceId = "/subscriptions/x/resourceGroups/rg/providers/Microsoft.OperationalInsights/workspaces/logs"
      logs = [
        {
          category = "AZFWApplicationRule"
          enabled  = true
        },
      ]
    }
  }
}

resource "azurerm_firewall" "group" {
  name                = "acme-group"
  location            = "westeurope"
  resource_group_name = "rg"
  sku_name            = "AZFW_VNet"
  sku_tier            = "Standard"
}

resource "azapi_resource" "group" {
  type      = "Microsoft.Insights/diagnosticSettings@2021-05-01-preview"
  name      = "logs"
  parent_id = azurerm_firewall.group.id
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
