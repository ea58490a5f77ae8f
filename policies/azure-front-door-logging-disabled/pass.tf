resource "azurerm_cdn_frontdoor_profile" "access_and_waf" {
  name                = "fd-logged"
  resource_group_name = "rg"
  sku_name            = "Premium_AzureFrontDoor"
}

resource "azurerm_monitor_diagnostic_setting" "access_and_waf" {
  name                       = "fd-logs"
  target_resource_id         = azurerm_cdn_frontdoor_profile.access_and_waf.id
  log_analytics_workspace_id = "/subscriptions/x/resourceGroups/rg/providers/Microsoft.OperationalInsights/workspaces/logs"

  enabled_log {
    category = "FrontDoorAccessLog"
  }

  enabled_log {
    category = "FrontDoorWebApplicationFirewallLog"
  }
}

resource "azurerm_cdn_frontdoor_profile" "all_logs" {
  name                = "fd-all"
  resource_group_name = "rg"
  sku_name            = "Standard_AzureFrontDoor"
}

resource "azurerm_monitor_diagnostic_setting" "all_logs" {
  name                           = "fd-all"
  target_resource_id             = azurerm_cdn_frontdoor_profile.all_logs.id
  eventhub_authorization_rule_id = "/subscriptions/x/resourceGroups/rg/providers/Microsoft.EventHub/namespaces/siem/authorizationRules/send"

  enabled_log {
    category_group = "allLogs"
  }
}

# Classic Front Door (azurerm v3), its category spelled as the classic
# service spells it.
resource "azurerm_frontdoor" "classic" {
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
    enabled  = true
  }
}
