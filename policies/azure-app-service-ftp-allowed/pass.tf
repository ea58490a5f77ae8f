resource "azurerm_linux_web_app" "default" {
  name                = "acme-web"
  resource_group_name = "rg"
  location            = "westeurope"
  service_plan_id     = "plan"
  https_only          = true
  site_config {}
}

resource "azurerm_app_service" "legacy" {
  name                = "acme-legacy"
  resource_group_name = "rg"
  location            = "westeurope"
  app_service_plan_id = "plan"
  https_only          = true
  site_config {
    ftps_state = "FtpsOnly"
  }
}

resource "azurerm_windows_web_app_slot" "staging" {
  name           = "staging"
  app_service_id = "app"
  https_only     = true
  site_config {
    ftps_state = "Disabled"
  }
}
