resource "azurerm_synapse_sql_pool" "encrypted" {
  name                      = "dwencrypted"
  synapse_workspace_id      = "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.Synapse/workspaces/synw"
  sku_name                  = "DW200c"
  create_mode               = "Default"
  storage_account_type      = "GRS"
  data_encrypted            = true
  geo_backup_policy_enabled = true
}
