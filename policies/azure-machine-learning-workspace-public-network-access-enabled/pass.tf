resource "azurerm_machine_learning_workspace" "private" {
  name                          = "mlw-private"
  location                      = "westeurope"
  resource_group_name           = "rg"
  application_insights_id       = "appi-id"
  key_vault_id                  = "kv-id"
  storage_account_id            = "st-id"
  public_network_access_enabled = false

  managed_network {
    isolation_mode = "AllowOnlyApprovedOutbound"
  }

  identity {
    type = "SystemAssigned"
  }
}
