resource "azurerm_app_service" "legacy" {
  name                = "acme-legacy"
  resource_group_name = "rg"
  location            = "westeurope"
  app_service_plan_id = "plan"
  https_only          = true
  site_config {
    min_tls_version = "1.1" # expect: azure-app-service-tls-outdated
  }
}

resource "azurerm_linux_web_app" "web" {
  name                = "acme-web"
  resource_group_name = "rg"
  location            = "westeurope"
  service_plan_id     = "plan"
  https_only          = true
  site_config {
    minimum_tls_version     = "1.2"
    scm_minimum_tls_version = "1.0" # expect: azure-app-service-tls-outdated
  }
}
