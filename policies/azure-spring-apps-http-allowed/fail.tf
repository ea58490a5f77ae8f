resource "azurerm_spring_cloud_app" "orders" { # expect: azure-spring-apps-http-allowed "app `azurerm_spring_cloud_app.orders`"
  name                = "orders"
  resource_group_name = "rg"
  service_name        = "spring-acme"
  is_public           = true
}

resource "azurerm_spring_cloud_gateway" "edge" {
  name                          = "default"
  spring_cloud_service_id       = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.AppPlatform/spring/spring-acme"
  public_network_access_enabled = true
  https_only                    = false # expect: azure-spring-apps-http-allowed "Gateway"
}

resource "azurerm_spring_cloud_api_portal" "portal" {
  name                          = "default"
  spring_cloud_service_id       = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.AppPlatform/spring/spring-acme"
  gateway_ids                   = [azurerm_spring_cloud_gateway.edge.id]
  public_network_access_enabled = true
  https_only_enabled            = false # expect: azure-spring-apps-http-allowed "API portal"
}
