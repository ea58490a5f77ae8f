resource "azurerm_windows_web_app" "web" {
  name                = "acme-web"
  resource_group_name = "rg"
  location            = "westeurope"
  service_plan_id     = "plan"
  https_only          = true
  site_config {
    remote_debugging_enabled = true # expect: azure-app-service-remote-debugging-enabled
    remote_debugging_version = "VS2022"
  }
}

variable "debug" {
  default = true
}

resource "azurerm_app_service" "legacy" {
  name                = "acme-legacy"
  resource_group_name = "rg"
  location            = "westeurope"
  app_service_plan_id = "plan"
  site_config {
    remote_debugging_enabled = var.debug # expect: azure-app-service-remote-debugging-enabled
  }
}
