resource "azapi_resource" "analytics" {
  type      = "Microsoft.Databricks/workspaces@2024-05-01"
  name      = "dbw-analytics"
  location  = "westeurope"
  parent_id = azurerm_resource_group.analytics.id

  body = {
    sku = { name = "premium" }
    properties = {
      managedResourceGroupId = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-dbw-analytics-managed"
      parameters = {
        enableNoPublicIp = { value = false } # expect: azure-databricks-workspace-cluster-public-ip "`azapi_resource.analytics`"
      }
    }
  }
}
