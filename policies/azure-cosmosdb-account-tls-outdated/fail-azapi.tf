resource "azapi_resource" "orders" {
  type      = "Microsoft.DocumentDB/databaseAccounts@2024-05-15"
  name      = "cosmos-orders"
  location  = "westeurope"
  parent_id = azurerm_resource_group.orders.id

  body = {
    kind = "GlobalDocumentDB"
    properties = {
      databaseAccountOfferType = "Standard"
      minimalTlsVersion        = "Tls" # expect: azure-cosmosdb-account-tls-outdated "`azapi_resource.orders` accepts `Tls`"
      locations = [{
        locationName     = "westeurope"
        failoverPriority = 0
      }]
    }
  }
}
