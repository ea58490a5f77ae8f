resource "azurerm_synapse_workspace" "audited" {
  name                                 = "synw-audited"
  resource_group_name                  = "rg"
  location                             = "westeurope"
  storage_data_lake_gen2_filesystem_id = "https://example.dfs.core.windows.net/synapse"

  identity {
    type = "SystemAssigned"
  }
}

resource "azurerm_synapse_workspace_extended_auditing_policy" "audited" {
  synapse_workspace_id   = azurerm_synapse_workspace.audited.id
  storage_endpoint       = "https://staudit.blob.core.windows.net/"
  retention_in_days      = 365
  log_monitoring_enabled = true
}

resource "azurerm_synapse_workspace" "per_pool" {
  name                                 = "synw-perpool"
  resource_group_name                  = "rg"
  location                             = "westeurope"
  storage_data_lake_gen2_filesystem_id = "https://example.dfs.core.windows.net/synapse"

  identity {
    type = "SystemAssigned"
  }
}

resource "azurerm_synapse_sql_pool" "dw" {
  name                 = "dw"
  synapse_workspace_id = azurerm_synapse_workspace.per_pool.id
  sku_name             = "DW100c"
  storage_account_type = "GRS"
  data_encrypted       = true
}

resource "azurerm_synapse_sql_pool_extended_auditing_policy" "dw" {
  sql_pool_id       = azurerm_synapse_sql_pool.dw.id
  storage_endpoint  = "https://staudit.blob.core.windows.net/"
  retention_in_days = 365
}
