variable "https_only" {
  default = true
}

resource "azurerm_linux_web_app" "web" {
  name                = "acme-web"
  resource_group_name = "rg"
  location            = "westeurope"
  service_plan_id     = "plan"
  https_only          = true
  site_config {}
}

resource "azurerm_function_app" "legacy" {
  name                = "acme-func"
  resource_group_name = "rg"
  location            = "westeurope"
  app_service_plan_id = "plan"
  https_only          = var.https_only
}

# Not an App Service app.
resource "azurerm_static_web_app" "docs" {
  name                = "acme-docs"
  resource_group_name = "rg"
  location            = "westeurope"
}

resource "azurerm_windows_web_app" "auth_https" {
  name                = "acme-auth"
  resource_group_name = "rg"
  location            = "westeurope"
  service_plan_id     = "plan"
  https_only          = true
  site_config {}
  auth_settings_v2 {
    auth_enabled  = true
    require_https = true
    login {}
  }
}

# `require_https` defaults to true.
resource "azurerm_linux_web_app_slot" "auth_default" {
  name           = "staging"
  app_service_id = "app"
  https_only     = true
  site_config {}
  auth_settings_v2 {
    auth_enabled = true
    login {}
  }
}
