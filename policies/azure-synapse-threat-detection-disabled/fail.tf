resource "azurerm_synapse_workspace" "w" {
  name                                 = "synw"
  resource_group_name                  = "rg"
  location                             = "westeurope"
  storage_data_lake_gen2_filesystem_id = "https://example.dfs.core.windows.net/synapse"

  identity {
    type = "SystemAssigned"
  }
}

resource "azurerm_synapse_sql_pool" "none" { # expect: azure-synapse-threat-detection-disabled
  name                 = "dwnone"
  synapse_workspace_id = azurerm_synapse_workspace.w.id
  sku_name             = "DW100c"
  storage_account_type = "GRS"
  data_encrypted       = true
}

resource "azurerm_synapse_sql_pool" "disabled" { # expect: azure-synapse-threat-detection-disabled
  name                 = "dwdisabled"
  synapse_workspace_id = azurerm_synapse_workspace.w.id
  sku_name             = "DW100c"
  storage_account_type = "GRS"
  data_encrypted       = true
}

resource "azurerm_synapse_sql_pool_security_alert_policy" "disabled" {
  sql_pool_id  = azurerm_synapse_sql_pool.disabled.id
  policy_state = "Disabled"
}

resource "azurerm_synapse_sql_pool" "partial" {
  name                 = "dwpartial"
  synapse_workspace_id = azurerm_synapse_workspace.w.id
  sku_name             = "DW100c"
  storage_account_type = "GRS"
  data_encrypted       = true
}

resource "azurerm_synapse_sql_pool_security_alert_policy" "partial" {
  sql_pool_id     = azurerm_synapse_sql_pool.partial.id
  policy_state    = "Enabled"
  disabled_alerts = ["Data_Exfiltration"] # expect: azure-synapse-threat-detection-disabled
}
