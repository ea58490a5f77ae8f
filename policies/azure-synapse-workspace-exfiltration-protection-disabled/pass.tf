data "azurerm_client_config" "current" {}

resource "azurerm_synapse_workspace" "protected" {
  name                                 = "synw-protected"
  resource_group_name                  = "rg"
  location                             = "westeurope"
  storage_data_lake_gen2_filesystem_id = "https://example.dfs.core.windows.net/synapse"
  managed_virtual_network_enabled      = true
  data_exfiltration_protection_enabled = true
  linking_allowed_for_aad_tenant_ids   = [data.azurerm_client_config.current.tenant_id]

  identity {
    type = "SystemAssigned"
  }
}
