resource "azurerm_synapse_workspace" "private" {
  name                                 = "syn-private-neu"
  resource_group_name                  = "rg-analytics"
  location                             = "northeurope"
  storage_data_lake_gen2_filesystem_id = "https://stprivate.dfs.core.windows.net/synapse"
  managed_virtual_network_enabled      = true
  public_network_access_enabled        = false

  identity {
    type = "SystemAssigned"
  }
}
