resource "azurerm_linux_web_app" "default" {
  name                = "acme-web"
  resource_group_name = "rg"
  location            = "westeurope"
  service_plan_id     = "plan"
  https_only          = true
  site_config {}
}

resource "azurerm_windows_function_app" "modern" {
  name                = "acme-func"
  resource_group_name = "rg"
  location            = "westeurope"
  service_plan_id     = "plan"
  https_only          = true
  site_config {
    minimum_tls_version = "1.3"
  }
}
