resource "azapi_resource" "orders" {
  type      = "Microsoft.DocumentDB/databaseAccounts@2024-05-15"
  name      = "cosmos-orders"
  location  = "westeurope"
  parent_id = azurerm_resource_group.orders.id

  body = jsonencode({
    kind = "GlobalDocumentDB"
    properties = {
      databaseAccountOfferType = "Standard"
      minimalTlsVersion        = "Tls12"
      locations = [{
        locationName     = "westeurope"
        failoverPriority = 0
      }]
    }
  })
}

resource "azapi_resource" "catalog" {
  type      = "Microsoft.DocumentDB/databaseAccounts@2024-05-15"
  name      = "cosmos-catalog"
  location  = "westeurope"
  parent_id = azurerm_resource_group.orders.id

  body = {
    kind = "GlobalDocumentDB"
    properties = {
      databaseAccountOfferType = "Standard"
      locations = [{
        locationName     = "westeurope"
        failoverPriority = 0
      }]
    }
  }
}

resource "azapi_resource" "sql_db" {
  type      = "Microsoft.DocumentDB/databaseAccounts/sqlDatabases@2024-05-15"
  name      = "orders"
  parent_id = azapi_resource.catalog.id
  body = {
    properties = {
      resource = { id = "orders" }
    }
  }
}
