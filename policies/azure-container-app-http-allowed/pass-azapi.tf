resource "azapi_resource" "api" {
  type      = "Microsoft.App/containerApps@2024-03-01"
  name      = "orders-api"
  location  = "westeurope"
  parent_id = azurerm_resource_group.orders.id

  body = jsonencode({
    properties = {
      managedEnvironmentId = azapi_resource.env.id
      configuration = {
        ingress = {
          external      = true
          targetPort    = 8080
          allowInsecure = false
        }
      }
      template = {
        containers = [{
          name  = "api"
          image = "acme.azurecr.io/orders-api:1.4.2"
        }]
      }
    }
  })
}

resource "azapi_resource" "env" {
  type      = "Microsoft.App/managedEnvironments@2024-03-01"
  name      = "orders-env"
  location  = "westeurope"
  parent_id = azurerm_resource_group.orders.id
  body = {
    properties = {
      zoneRedundant = true
    }
  }
}
