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

# HTTPS-only, but built-in authentication accepts plain HTTP.
resource "azurerm_linux_function_app" "auth_http" {
  name                       = "acme-func"
  resource_group_name        = "rg"
  location                   = "westeurope"
  service_plan_id            = "plan"
  storage_account_name       = "acmefuncsa"
  storage_account_access_key = "key"
  https_only                 = true
  site_config {}
  auth_settings_v2 {
    auth_enabled  = true
    require_https = false # expect: azure-app-service-http-allowed "built-in authentication accept plain HTTP"
    login {}
  }
}
