variable "auth_enabled" {
  type = bool
}

resource "azurerm_linux_web_app" "portal" {
  name                = "acme-portal"
  resource_group_name = "rg"
  location            = "westeurope"
  service_plan_id     = "plan"
  site_config {}
  auth_settings_v2 {
    auth_enabled = var.auth_enabled # expect: azure-app-service-authentication-disabled unknown
    login {}
  }
}
