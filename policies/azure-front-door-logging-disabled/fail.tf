resource "azurerm_cdn_frontdoor_profile" "no_setting" { # expect: azure-front-door-logging-disabled "Front Door `azurerm_cdn_frontdoor_profile.no_setting` has no diagnostic setting that sends its access or web application firewall log"
  name                = "fd-no-setting"
  resource_group_name = "rg"
  sku_name            = "Premium_AzureFrontDoor"
}

# Health probes and metrics only.
resource "azurerm_cdn_frontdoor_profile" "probes_only" { # expect: azure-front-door-logging-disabled "`azurerm_cdn_frontdoor_profile.probes_only`"
  name                = "fd-probes-only"
  resource_group_name = "rg"
  sku_name            = "Standard_AzureFrontDoor"
}

resource "azurerm_monitor_diagnostic_setting" "probes_only" {
  name                       = "fd-probes"
  target_resource_id         = azurerm_cdn_frontdoor_profile.probes_only.id
  log_analytics_workspace_id = "/subscriptions/x/resourceGroups/rg/providers/Microsoft.OperationalInsights/workspaces/logs"

  enabled_log {
    category = "FrontDoorHealthProbeLog"
  }

  metric {
    category = "AllMetrics"
  }
}

# Classic Front Door (azurerm v3) whose access log is disabled.
resource "azurerm_frontdoor" "classic" { # expect: azure-front-door-logging-disabled "`azurerm_frontdoor.classic`"
  name                = "fd-classic"
  resource_group_name = "rg"

  frontend_endpoint {
    name      = "default"
    host_name = "fd-classic.azurefd.net"
  }
}

resource "azurerm_monitor_diagnostic_setting" "classic" {
  name               = "fd-access"
  target_resource_id = azurerm_frontdoor.classic.id
  storage_account_id = "/subscriptions/x/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/logs"

  log {
    category = "FrontdoorAccessLog"
    enabled  = false
  }
}
