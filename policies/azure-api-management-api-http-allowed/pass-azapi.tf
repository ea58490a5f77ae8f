resource "azapi_resource" "orders" {
  type      = "Microsoft.ApiManagement/service/apis@2022-08-01"
  name      = "orders"
  parent_id = azurerm_api_management.acme.id

  body = jsonencode({
    properties = {
      displayName = "Orders API"
      path        = "orders"
      protocols   = ["https"]
    }
  })
}

resource "azapi_resource" "orders_rev" {
  type      = "Microsoft.ApiManagement/service/apis@2022-08-01"
  name      = "orders;rev=2"
  parent_id = azurerm_api_management.acme.id

  body = {
    properties = {
      path        = "orders"
      sourceApiId = "${azapi_resource.orders.id};rev=1"
    }
  }
}

resource "azapi_resource" "product" {
  type      = "Microsoft.ApiManagement/service/products@2022-08-01"
  name      = "starter"
  parent_id = azurerm_api_management.acme.id
  body = {
    properties = {
      displayName = "Starter"
    }
  }
}
