# Diagnostic settings written with the AzAPI provider.
resource "azurerm_key_vault" "category" {
  name                = "acme-category"
  location                 = "westeurope"
  resource_group_name      = "rg"
  tenant_id                = "00000000-0000-0000-0000-000000000000"
  sku_name                 = "standard"
  purge_protection_enabled = true
}

resource "azapi_resource" "category" {
  type      = "Microsoft.Insights/diagnosticSettings@2021-05-01-preview"
  name      = "logs"
  parent_id = azurerm_key_vault.category.id
  body = {
    properties = {
      workspaceId = "/subscriptions/x/resourceGroups/rg/providers/Microsoft.OperationalInsights/workspaces/logs"
      logs = [
        {
          category = "AuditEvent"
          enabled  = true
        },
      ]
    }
  }
}

resource "azurerm_key_vault" "group" {
  name                = "acme-group"
  location                 = "westeurope"
  resource_group_name      = "rg"
  tenant_id                = "00000000-0000-0000-0000-000000000000"
  sku_name                 = "standard"
  purge_protection_enabled = true
}

resource "azapi_resource" "group" {
  type      = "Microsoft.Insights/diagnosticSettings@2021-05-01-preview"
  name      = "logs"
  parent_id = azurerm_key_vault.group.id
  body = jsonencode({
    properties = {
      workspaceId = "/subscriptions/x/resourceGroups/rg/providers/Microsoft.OperationalInsights/workspaces/logs"
      logs = [
        {
          categoryGroup = "audit"
          enabled       = true
        },
      ]
    }
  })
}
