resource "azurerm_synapse_sql_pool" "default" { # expect: azure-synapse-sql-pool-unencrypted
  name                 = "dwdefault"
  synapse_workspace_id = "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.Synapse/workspaces/synw"
  sku_name             = "DW100c"
  create_mode          = "Default"
  storage_account_type = "GRS"
}

resource "azurerm_synapse_sql_pool" "explicit" {
  name                 = "dwexplicit"
  synapse_workspace_id = "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.Synapse/workspaces/synw"
  sku_name             = "DW100c"
  storage_account_type = "GRS"
  data_encrypted       = false # expect: azure-synapse-sql-pool-unencrypted
}
