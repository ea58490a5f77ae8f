resource "azapi_resource" "orders" {
  type      = "Microsoft.ApiManagement/service/apis@2022-08-01"
  name      = "orders"
  parent_id = azurerm_api_management.acme.id

  body = {
    properties = {
      displayName = "Orders API"
      path        = "orders"
      protocols   = ["http", "https"] # expect: azure-api-management-api-http-allowed "`azapi_resource.orders`"
    }
  }
}
