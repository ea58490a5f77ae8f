resource "azurerm_application_gateway" "access_and_firewall" {
  name                = "agw-logged"
  location            = "westeurope"
  resource_group_name = "rg"

  sku {
    name     = "WAF_v2"
    tier     = "WAF_v2"
    capacity = 2
  }
}

resource "azurerm_monitor_diagnostic_setting" "access_and_firewall" {
  name                       = "agw-logs"
  target_resource_id         = azurerm_application_gateway.access_and_firewall.id
  log_analytics_workspace_id = "/subscriptions/x/resourceGroups/rg/providers/Microsoft.OperationalInsights/workspaces/logs"

  enabled_log {
    category = "ApplicationGatewayAccessLog"
  }

  enabled_log {
    category = "ApplicationGatewayFirewallLog"
  }
}

# Every log, written in another case.
resource "azurerm_application_gateway" "all_logs" {
  name                = "agw-all"
  location            = "westeurope"
  resource_group_name = "rg"

  sku {
    name     = "Standard_v2"
    tier     = "Standard_v2"
    capacity = 2
  }
}

resource "azurerm_monitor_diagnostic_setting" "all_logs" {
  name               = "agw-all"
  target_resource_id = azurerm_application_gateway.all_logs.id
  storage_account_id = "/subscriptions/x/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/logs"

  enabled_log {
    category_group = "AllLogs"
  }
}

# azurerm v3, with `for_each` over the module's gateways.
resource "azurerm_application_gateway" "regional" {
  for_each            = toset(["westeurope", "northeurope"])
  name                = "agw-${each.key}"
  location            = each.key
  resource_group_name = "rg"

  sku {
    name     = "WAF_v2"
    tier     = "WAF_v2"
    capacity = 2
  }
}

resource "azurerm_monitor_diagnostic_setting" "regional" {
  for_each                   = toset(["westeurope", "northeurope"])
  name                       = "agw-access"
  target_resource_id         = azurerm_application_gateway.regional[each.key].id
  log_analytics_workspace_id = "/subscriptions/x/resourceGroups/rg/providers/Microsoft.OperationalInsights/workspaces/logs"

  log {
    category = "ApplicationGatewayFirewallLog"
    enabled  = true
  }
}
