resource "azurerm_application_gateway" "no_setting" { # expect: azure-application-gateway-logging-disabled "application gateway `azurerm_application_gateway.no_setting` has no diagnostic setting that sends its access or firewall log"
  name                = "agw-no-setting"
  location            = "westeurope"
  resource_group_name = "rg"

  sku {
    name     = "WAF_v2"
    tier     = "WAF_v2"
    capacity = 2
  }
}

# Performance log and metrics only.
resource "azurerm_application_gateway" "performance_only" { # expect: azure-application-gateway-logging-disabled "`azurerm_application_gateway.performance_only`"
  name                = "agw-performance-only"
  location            = "westeurope"
  resource_group_name = "rg"

  sku {
    name     = "Standard_v2"
    tier     = "Standard_v2"
    capacity = 2
  }
}

resource "azurerm_monitor_diagnostic_setting" "performance_only" {
  name                       = "agw-perf"
  target_resource_id         = azurerm_application_gateway.performance_only.id
  log_analytics_workspace_id = "/subscriptions/x/resourceGroups/rg/providers/Microsoft.OperationalInsights/workspaces/logs"

  enabled_log {
    category = "ApplicationGatewayPerformanceLog"
  }

  metric {
    category = "AllMetrics"
  }
}

# azurerm v3: the access log is disabled.
resource "azurerm_application_gateway" "v3_disabled" { # expect: azure-application-gateway-logging-disabled "`azurerm_application_gateway.v3_disabled`"
  name                = "agw-v3-disabled"
  location            = "westeurope"
  resource_group_name = "rg"

  sku {
    name     = "Standard_v2"
    tier     = "Standard_v2"
    capacity = 2
  }
}

resource "azurerm_monitor_diagnostic_setting" "v3_disabled" {
  name               = "agw-access"
  target_resource_id = azurerm_application_gateway.v3_disabled.id
  storage_account_id = "/subscriptions/x/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/logs"

  log {
    category = "ApplicationGatewayAccessLog"
    enabled  = false
  }
}
