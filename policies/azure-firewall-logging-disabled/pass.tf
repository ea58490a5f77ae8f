# Resource-specific tables, as Microsoft recommends.
resource "azurerm_firewall" "resource_specific" {
  name                = "fw-resource-specific"
  location            = "westeurope"
  resource_group_name = "rg"
  sku_name            = "AZFW_VNet"
  sku_tier            = "Premium"
  firewall_policy_id  = "/subscriptions/x/resourceGroups/rg/providers/Microsoft.Network/firewallPolicies/base"
}

resource "azurerm_monitor_diagnostic_setting" "resource_specific" {
  name                           = "fw-logs"
  target_resource_id             = azurerm_firewall.resource_specific.id
  log_analytics_workspace_id     = "/subscriptions/x/resourceGroups/rg/providers/Microsoft.OperationalInsights/workspaces/logs"
  log_analytics_destination_type = "Dedicated"

  enabled_log {
    category = "AZFWNetworkRule"
  }

  enabled_log {
    category = "AZFWApplicationRule"
  }

  enabled_log {
    category = "AZFWNatRule"
  }
}

# Every log, as a category group.
resource "azurerm_firewall" "all_logs" {
  name                = "fw-all-logs"
  location            = "westeurope"
  resource_group_name = "rg"
  sku_name            = "AZFW_Hub"
  sku_tier            = "Standard"

  virtual_hub {
    virtual_hub_id  = "/subscriptions/x/resourceGroups/rg/providers/Microsoft.Network/virtualHubs/hub"
    public_ip_count = 1
  }
}

resource "azurerm_monitor_diagnostic_setting" "all_logs" {
  name                           = "fw-all"
  target_resource_id             = azurerm_firewall.all_logs.id
  eventhub_authorization_rule_id = "/subscriptions/x/resourceGroups/rg/providers/Microsoft.EventHub/namespaces/siem/authorizationRules/send"

  enabled_log {
    category_group = "allLogs"
  }
}

# azurerm v3, legacy categories (the `enabled` argument left to its default).
resource "azurerm_firewall" "v3_legacy" {
  name                = "fw-v3-legacy"
  location            = "westeurope"
  resource_group_name = "rg"
  sku_name            = "AZFW_VNet"
  sku_tier            = "Standard"
}

resource "azurerm_monitor_diagnostic_setting" "v3_legacy" {
  name               = "fw-rules"
  target_resource_id = azurerm_firewall.v3_legacy.id
  storage_account_id = "/subscriptions/x/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/logs"

  log {
    category = "AzureFirewallNetworkRule"

    retention_policy {
      enabled = true
      days    = 365
    }
  }
}
