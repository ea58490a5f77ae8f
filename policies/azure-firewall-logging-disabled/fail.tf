resource "azurerm_firewall" "no_setting" { # expect: azure-firewall-logging-disabled "firewall `azurerm_firewall.no_setting` has no diagnostic setting that sends its network, application or NAT rule log"
  name                = "fw-no-setting"
  location            = "westeurope"
  resource_group_name = "rg"
  sku_name            = "AZFW_VNet"
  sku_tier            = "Standard"
  firewall_policy_id  = "/subscriptions/x/resourceGroups/rg/providers/Microsoft.Network/firewallPolicies/base"

  ip_configuration {
    name                 = "config"
    subnet_id            = "/subscriptions/x/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/hub/subnets/AzureFirewallSubnet"
    public_ip_address_id = "/subscriptions/x/resourceGroups/rg/providers/Microsoft.Network/publicIPAddresses/fw"
  }
}

# DNS and threat intelligence logs, metrics: no record of the rule decisions.
resource "azurerm_firewall" "dns_only" { # expect: azure-firewall-logging-disabled "`azurerm_firewall.dns_only`"
  name                = "fw-dns-only"
  location            = "westeurope"
  resource_group_name = "rg"
  sku_name            = "AZFW_VNet"
  sku_tier            = "Premium"
  firewall_policy_id  = "/subscriptions/x/resourceGroups/rg/providers/Microsoft.Network/firewallPolicies/base"
}

resource "azurerm_monitor_diagnostic_setting" "dns_only" {
  name                           = "fw-dns"
  target_resource_id             = azurerm_firewall.dns_only.id
  log_analytics_workspace_id     = "/subscriptions/x/resourceGroups/rg/providers/Microsoft.OperationalInsights/workspaces/logs"
  log_analytics_destination_type = "Dedicated"

  enabled_log {
    category = "AZFWDnsQuery"
  }

  enabled_log {
    category = "AZFWThreatIntel"
  }

  metric {
    category = "AllMetrics"
  }
}

# azurerm v3: the rule logs are disabled.
resource "azurerm_firewall" "v3_disabled" { # expect: azure-firewall-logging-disabled "`azurerm_firewall.v3_disabled`"
  name                = "fw-v3-disabled"
  location            = "westeurope"
  resource_group_name = "rg"
  sku_name            = "AZFW_VNet"
  sku_tier            = "Standard"
}

resource "azurerm_monitor_diagnostic_setting" "v3_disabled" {
  name               = "fw-rules"
  target_resource_id = azurerm_firewall.v3_disabled.id
  storage_account_id = "/subscriptions/x/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/logs"

  log {
    category = "AzureFirewallNetworkRule"
    enabled  = false
  }

  log {
    category = "AzureFirewallApplicationRule"
    enabled  = false
  }
}
