resource "azurerm_synapse_workspace" "managed" {
  name                                 = "synw-managed"
  resource_group_name                  = "rg"
  location                             = "westeurope"
  storage_data_lake_gen2_filesystem_id = "https://example.dfs.core.windows.net/synapse"
  managed_virtual_network_enabled      = true
  data_exfiltration_protection_enabled = true
  public_network_access_enabled        = false

  identity {
    type = "SystemAssigned"
  }
}
