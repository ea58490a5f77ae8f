variable "settings" {}

resource "azurerm_linux_web_app" "from_settings" {
  name                = "app-settings"
  resource_group_name = "rg"
  location            = "westeurope"
  service_plan_id     = "plan"

  site_config {
    health_check_path = var.settings.health_check_path # expect: azure-app-service-health-check-missing unknown
  }
}
