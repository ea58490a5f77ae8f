resource "azurerm_synapse_workspace" "none" { # expect: azure-synapse-auditing-disabled
  name                                 = "synw-none"
  resource_group_name                  = "rg"
  location                             = "westeurope"
  storage_data_lake_gen2_filesystem_id = "https://example.dfs.core.windows.net/synapse"

  identity {
    type = "SystemAssigned"
  }
}

resource "azurerm_synapse_workspace" "some_pools" {
  name                                 = "synw-some"
  resource_group_name                  = "rg"
  location                             = "westeurope"
  storage_data_lake_gen2_filesystem_id = "https://example.dfs.core.windows.net/synapse"

  identity {
    type = "SystemAssigned"
  }
}

resource "azurerm_synapse_sql_pool" "audited" {
  name                 = "dwaudited"
  synapse_workspace_id = azurerm_synapse_workspace.some_pools.id
  sku_name             = "DW100c"
  storage_account_type = "GRS"
  data_encrypted       = true
}

resource "azurerm_synapse_sql_pool_extended_auditing_policy" "audited" {
  sql_pool_id       = azurerm_synapse_sql_pool.audited.id
  storage_endpoint  = "https://staudit.blob.core.windows.net/"
  retention_in_days = 365
}

resource "azurerm_synapse_sql_pool" "unaudited" { # expect: azure-synapse-auditing-disabled "pool `azurerm_synapse_sql_pool.unaudited` has no SQL auditing policy"
  name                 = "dwunaudited"
  synapse_workspace_id = azurerm_synapse_workspace.some_pools.id
  sku_name             = "DW100c"
  storage_account_type = "GRS"
  data_encrypted       = true
}
