resource "azurerm_linux_web_app" "none" { # expect: azure-app-service-http-logging-disabled
  name                = "app-none"
  resource_group_name = "rg"
  location            = "westeurope"
  service_plan_id     = "plan"
  https_only          = true

  site_config {}
}

resource "azurerm_windows_web_app" "app_logs_only" { # expect: azure-app-service-http-logging-disabled
  name                = "app-applogs"
  resource_group_name = "rg"
  location            = "westeurope"
  service_plan_id     = "plan"
  https_only          = true

  site_config {}

  logs {
    detailed_error_messages = true
    application_logs {
      file_system_level = "Warning"
    }
  }
}

resource "azurerm_linux_web_app" "metrics_only" { # expect: azure-app-service-http-logging-disabled
  name                = "app-metrics"
  resource_group_name = "rg"
  location            = "westeurope"
  service_plan_id     = "plan"
  https_only          = true

  site_config {}
}

resource "azurerm_monitor_diagnostic_setting" "metrics_only" {
  name                       = "metrics"
  target_resource_id         = azurerm_linux_web_app.metrics_only.id
  log_analytics_workspace_id = "law"

  enabled_log {
    category = "AppServiceConsoleLogs"
  }

  metric {
    category = "AllMetrics"
  }
}
