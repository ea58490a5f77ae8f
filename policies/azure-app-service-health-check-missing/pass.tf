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

variable "settings" {}

resource "azurerm_linux_web_app" "from_settings" {
  name                = "app-settings"
  resource_group_name = "rg"
  location            = "westeurope"
  service_plan_id     = "plan"

  site_config { # expect: azure-app-service-health-check-missing unknown
    health_check_path = var.settings.health_check_path
  }
}
