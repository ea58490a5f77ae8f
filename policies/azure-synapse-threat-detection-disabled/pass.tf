resource "azurerm_synapse_workspace" "w" {
  name                                 = "synw"
  resource_group_name                  = "rg"
  location                             = "westeurope"
  storage_data_lake_gen2_filesystem_id = "https://example.dfs.core.windows.net/synapse"

  identity {
    type = "SystemAssigned"
  }
}

resource "azurerm_synapse_workspace_security_alert_policy" "w" {
  synapse_workspace_id         = azurerm_synapse_workspace.w.id
  policy_state                 = "Enabled"
  email_account_admins_enabled = true
  email_addresses              = ["security@example.com"]
}

resource "azurerm_synapse_sql_pool" "dw" {
  name                 = "dw"
  synapse_workspace_id = azurerm_synapse_workspace.w.id
  sku_name             = "DW100c"
  storage_account_type = "GRS"
  data_encrypted       = true
}

resource "azurerm_synapse_sql_pool" "own" {
  name                 = "dwown"
  synapse_workspace_id = "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.Synapse/workspaces/other"
  sku_name             = "DW100c"
  storage_account_type = "GRS"
  data_encrypted       = true
}

resource "azurerm_synapse_sql_pool_security_alert_policy" "own" {
  sql_pool_id  = azurerm_synapse_sql_pool.own.id
  policy_state = "Enabled"
}
