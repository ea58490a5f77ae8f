# Synapse workspaces reachable on their public endpoints.

resource "azurerm_synapse_workspace" "warehouse" { # expect: azure-synapse-workspace-public-network-access-enabled "`azurerm_synapse_workspace.warehouse`"
  name                                 = "syn-warehouse-weu"
  resource_group_name                  = "rg-analytics"
  location                             = "westeurope"
  storage_data_lake_gen2_filesystem_id = "https://stwarehouse.dfs.core.windows.net/synapse"
  managed_virtual_network_enabled      = true

  identity {
    type = "SystemAssigned"
  }
}

variable "synapse_public" {
  type    = bool
  default = true
}

resource "azurerm_synapse_workspace" "reporting" {
  name                                 = "syn-reporting-weu"
  resource_group_name                  = "rg-analytics"
  location                             = "westeurope"
  storage_data_lake_gen2_filesystem_id = "https://streporting.dfs.core.windows.net/synapse"
  managed_virtual_network_enabled      = true
  public_network_access_enabled        = var.synapse_public # expect: azure-synapse-workspace-public-network-access-enabled "`azurerm_synapse_workspace.reporting`"

  identity {
    type = "SystemAssigned"
  }
}
