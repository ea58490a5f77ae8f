resource "azurerm_key_vault" "category" {
  name                     = "acme-category"
  location                 = "westeurope"
  resource_group_name      = "rg"
  tenant_id                = "00000000-0000-0000-0000-000000000000"
  sku_name                 = "standard"
  purge_protection_enabled = true
}

resource "azurerm_monitor_diagnostic_setting" "category" {
  name                       = "audit"
  target_resource_id         = azurerm_key_vault.category.id
  log_analytics_workspace_id = "/subscriptions/x/resourceGroups/rg/providers/Microsoft.OperationalInsights/workspaces/logs"

  enabled_log {
    category = "AuditEvent"
  }
}

resource "azurerm_key_vault" "group" {
  name                     = "acme-group"
  location                 = "westeurope"
  resource_group_name      = "rg"
  tenant_id                = "00000000-0000-0000-0000-000000000000"
  sku_name                 = "standard"
  purge_protection_enabled = true
}

resource "azurerm_monitor_diagnostic_setting" "group" {
  name                       = "audit"
  target_resource_id         = azurerm_key_vault.group.id
  log_analytics_workspace_id = "/subscriptions/x/resourceGroups/rg/providers/Microsoft.OperationalInsights/workspaces/logs"

  enabled_log {
    category_group = "audit"
  }
}

# azurerm v3.
resource "azurerm_key_vault" "v3" {
  name                     = "acme-v3"
  location                 = "westeurope"
  resource_group_name      = "rg"
  tenant_id                = "00000000-0000-0000-0000-000000000000"
  sku_name                 = "standard"
  purge_protection_enabled = true
}

resource "azurerm_monitor_diagnostic_setting" "v3" {
  name               = "audit"
  target_resource_id = azurerm_key_vault.v3.id
  storage_account_id = "/subscriptions/x/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/logs"

  log {
    category = "AuditEvent"
    enabled  = true

    retention_policy {
      enabled = false
    }
  }
}

resource "azurerm_key_vault" "all_logs" {
  name                     = "acme-all-logs"
  location                 = "westeurope"
  resource_group_name      = "rg"
  tenant_id                = "00000000-0000-0000-0000-000000000000"
  sku_name                 = "standard"
  purge_protection_enabled = true
}

resource "azurerm_monitor_diagnostic_setting" "all_logs" {
  name                           = "all"
  target_resource_id             = azurerm_key_vault.all_logs.id
  eventhub_authorization_rule_id = "/subscriptions/x/resourceGroups/rg/providers/Microsoft.EventHub/namespaces/siem/authorizationRules/send"

  log {
    category_group = "allLogs"
  }
}

# The category written in another case.
resource "azurerm_key_vault" "case" {
  name                     = "acme-case"
  location                 = "westeurope"
  resource_group_name      = "rg"
  tenant_id                = "00000000-0000-0000-0000-000000000000"
  sku_name                 = "standard"
  purge_protection_enabled = true
}

resource "azurerm_monitor_diagnostic_setting" "case" {
  name                       = "audit"
  target_resource_id         = azurerm_key_vault.case.id
  log_analytics_workspace_id = "/subscriptions/x/resourceGroups/rg/providers/Microsoft.OperationalInsights/workspaces/logs"

  enabled_log {
    category = "auditEvent"
  }
}
