resource "azapi_resource" "api" {
  type      = "Microsoft.App/containerApps@2024-03-01"
  name      = "orders-api"
  location  = "westeurope"
  parent_id = azurerm_resource_group.orders.id

  body = {
    properties = {
      managedEnvironmentId = azapi_resource.env.id
      configuration = {
        ingress = {
          external      = true
          targetPort    = 8080
          allowInsecure = true # expect: azure-container-app-http-allowed "`azapi_resource.api`"
        }
      }
      template = {
        containers = [{
          name  = "api"
          image = "acme.azurecr.io/orders-api:1.4.2"
        }]
      }
    }
  }
}
