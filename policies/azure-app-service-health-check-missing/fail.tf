resource "azurerm_linux_web_app" "none" {
  name                = "app-none"
  resource_group_name = "rg"
  location            = "westeurope"
  service_plan_id     = "plan"
  https_only          = true

  site_config { # expect: azure-app-service-health-check-missing
    minimum_tls_version = "1.2"
  }
}

resource "azurerm_app_service" "legacy" { # expect: azure-app-service-health-check-missing
  name                = "app-legacy"
  location            = "westeurope"
  resource_group_name = "rg"
  app_service_plan_id = "plan"
}

resource "azurerm_windows_web_app" "empty_path" {
  name                = "app-empty"
  resource_group_name = "rg"
  location            = "westeurope"
  service_plan_id     = "plan"

  site_config { # expect: azure-app-service-health-check-missing
    health_check_path = ""
  }
}
