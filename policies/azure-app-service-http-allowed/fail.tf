resource "azurerm_linux_web_app" "default" { # expect: azure-app-service-http-allowed
  name                = "acme-web"
  resource_group_name = "rg"
  location            = "westeurope"
  service_plan_id     = "plan"
  site_config {}
}

resource "azurerm_app_service" "legacy" {
  name                = "acme-legacy"
  resource_group_name = "rg"
  location            = "westeurope"
  app_service_plan_id = "plan"
  https_only          = false # expect: azure-app-service-http-allowed
}

resource "azurerm_windows_function_app_slot" "staging" {
  name            = "staging"
  function_app_id = "app"
  https_only      = false # expect: azure-app-service-http-allowed
  site_config {}
}
