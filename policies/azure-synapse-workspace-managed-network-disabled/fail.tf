resource "azurerm_synapse_workspace" "default" { # expect: azure-synapse-workspace-managed-network-disabled
  name                                 = "synw-default"
  resource_group_name                  = "rg"
  location                             = "westeurope"
  storage_data_lake_gen2_filesystem_id = "https://example.dfs.core.windows.net/synapse"

  identity {
    type = "SystemAssigned"
  }
}

resource "azurerm_synapse_workspace" "explicit" {
  name                                 = "synw-explicit"
  resource_group_name                  = "rg"
  location                             = "westeurope"
  storage_data_lake_gen2_filesystem_id = "https://example.dfs.core.windows.net/synapse"
  managed_virtual_network_enabled      = false # expect: azure-synapse-workspace-managed-network-disabled

  identity {
    type = "SystemAssigned"
  }
}
