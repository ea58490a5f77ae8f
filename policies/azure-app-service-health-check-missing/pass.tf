resource "azurerm_windows_web_app" "checked" {
  name                = "app-checked"
  resource_group_name = "rg"
  location            = "westeurope"
  service_plan_id     = "plan"
  https_only          = true

  site_config {
    health_check_path                 = "/healthz"
    health_check_eviction_time_in_min = 5
  }
}

resource "azurerm_linux_function_app" "func" {
  name                 = "func"
  resource_group_name  = "rg"
  location             = "westeurope"
  service_plan_id      = "plan"
  storage_account_name = "stfunc"

  site_config {}
}
