# Workspaces that still take the shared workspace keys.

resource "azurerm_log_analytics_workspace" "ops" { # expect: azure-log-analytics-workspace-local-auth-enabled "`azurerm_log_analytics_workspace.ops`"
  name                = "law-ops-weu"
  location            = "westeurope"
  resource_group_name = "rg-monitoring"
  sku                 = "PerGB2018"
  retention_in_days   = 90
}

variable "keys_off" {
  type    = bool
  default = false
}

resource "azurerm_log_analytics_workspace" "audit" {
  name                          = "law-audit-weu"
  location                      = "westeurope"
  resource_group_name           = "rg-monitoring"
  sku                           = "PerGB2018"
  retention_in_days             = 365
  local_authentication_disabled = var.keys_off # expect: azure-log-analytics-workspace-local-auth-enabled "`azurerm_log_analytics_workspace.audit`"
}

resource "azurerm_log_analytics_workspace" "legacy_agents" { # expect: azure-log-analytics-workspace-local-auth-enabled "`azurerm_log_analytics_workspace.legacy_agents`"
  name                         = "law-legacy-weu"
  location                     = "westeurope"
  resource_group_name          = "rg-monitoring"
  sku                          = "PerGB2018"
  local_authentication_enabled = true
}
