resource "azurerm_linux_web_app" "file_logs" {
  name                = "app-files"
  resource_group_name = "rg"
  location            = "westeurope"
  service_plan_id     = "plan"
  https_only          = true

  site_config {}

  logs {
    http_logs {
      file_system {
        retention_in_days = 30
        retention_in_mb   = 35
      }
    }
  }
}

resource "azurerm_windows_web_app" "diagnostics" {
  name                = "app-diag"
  resource_group_name = "rg"
  location            = "westeurope"
  service_plan_id     = "plan"
  https_only          = true

  site_config {}
}

resource "azurerm_monitor_diagnostic_setting" "diagnostics" {
  name                       = "http-logs"
  target_resource_id         = azurerm_windows_web_app.diagnostics.id
  log_analytics_workspace_id = "law"

  enabled_log {
    category = "AppServiceHTTPLogs"
  }
}

resource "azurerm_app_service" "legacy" {
  name                = "app-legacy"
  location            = "westeurope"
  resource_group_name = "rg"
  app_service_plan_id = "plan"
  https_only          = true
}

resource "azurerm_monitor_diagnostic_setting" "legacy" {
  name                       = "all"
  target_resource_id         = azurerm_app_service.legacy.id
  log_analytics_workspace_id = "law"

  log {
    category_group = "allLogs"
    enabled        = true
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
