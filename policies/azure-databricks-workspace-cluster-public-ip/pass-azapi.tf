resource "azapi_resource" "analytics" {
  type      = "Microsoft.Databricks/workspaces@2024-05-01"
  name      = "dbw-analytics"
  location  = "westeurope"
  parent_id = azurerm_resource_group.analytics.id

  body = jsonencode({
    sku = { name = "premium" }
    properties = {
      managedResourceGroupId = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-dbw-analytics-managed"
      parameters = {
        enableNoPublicIp = { value = true }
      }
    }
  })
}

resource "azapi_resource" "connector" {
  type      = "Microsoft.Databricks/accessConnectors@2024-05-01"
  name      = "dbw-connector"
  location  = "westeurope"
  parent_id = azurerm_resource_group.analytics.id
  body = {
    properties = {}
  }
}
