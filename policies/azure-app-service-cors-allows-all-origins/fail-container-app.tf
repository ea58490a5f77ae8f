resource "azurerm_container_app" "api" {
  name                         = "ca-orders-api"
  resource_group_name          = "rg-apps"
  container_app_environment_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-apps/providers/Microsoft.App/managedEnvironments/cae-prod"
  revision_mode                = "Single"

  ingress {
    external_enabled = true
    target_port      = 8080

    traffic_weight {
      latest_revision = true
      percentage      = 100
    }

    cors {
      allowed_origins = ["https://shop.example.com", "*"] # expect: azure-app-service-cors-allows-all-origins "container app `azurerm_container_app.api`"
    }
  }

  template {
    container {
      name   = "api"
      image  = "registry.example.com/orders-api:2.3.1"
      cpu    = 0.5
      memory = "1Gi"
    }
  }
}

variable "environment_id" {}

resource "azapi_resource" "web" {
  type      = "Microsoft.App/containerApps@2024-03-01"
  name      = "ca-web"
  parent_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-apps"
  location  = "westeurope"
  body = {
    properties = {
      environmentId = var.environment_id
      configuration = {
        ingress = {
          external   = true
          targetPort = 80
          corsPolicy = {
            allowedOrigins = ["*"] # expect: azure-app-service-cors-allows-all-origins "`corsPolicy.allowedOrigins`"
          }
        }
      }
    }
  }
}
