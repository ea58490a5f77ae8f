resource "azurerm_windows_web_app" "web" {
  name                = "acme-web"
  resource_group_name = "rg"
  location            = "westeurope"
  service_plan_id     = "plan"
  https_only          = true
  site_config {}
}

resource "azurerm_linux_function_app" "func" {
  name                = "acme-func"
  resource_group_name = "rg"
  location            = "westeurope"
  service_plan_id     = "plan"
  https_only          = true
  site_config {
    remote_debugging_enabled = false
  }
}
