resource "azurerm_container_app" "api" {
  name                         = "orders-api"
  container_app_environment_id = azurerm_container_app_environment.main.id
  resource_group_name          = "rg-orders"
  revision_mode                = "Single"

  template {
    container {
      name   = "api"
      image  = "acme.azurecr.io/orders-api:1.4.2"
      cpu    = 0.5
      memory = "1Gi"
    }
  }

  ingress {
    external_enabled           = true
    target_port                = 8080
    allow_insecure_connections = true # expect: azure-container-app-http-allowed "`azurerm_container_app.api`"

    traffic_weight {
      latest_revision = true
      percentage      = 100
    }
  }
}
