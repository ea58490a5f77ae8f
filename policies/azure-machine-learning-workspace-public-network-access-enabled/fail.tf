resource "azurerm_machine_learning_workspace" "default" { # expect: azure-machine-learning-workspace-public-network-access-enabled "`azurerm_machine_learning_workspace.default`"
  name                    = "mlw-default"
  location                = "westeurope"
  resource_group_name     = "rg"
  application_insights_id = "appi-id"
  key_vault_id            = "kv-id"
  storage_account_id      = "st-id"

  identity {
    type = "SystemAssigned"
  }
}

resource "azurerm_machine_learning_workspace" "explicit" {
  name                          = "mlw-explicit"
  location                      = "westeurope"
  resource_group_name           = "rg"
  application_insights_id       = "appi-id"
  key_vault_id                  = "kv-id"
  storage_account_id            = "st-id"
  public_network_access_enabled = true # expect: azure-machine-learning-workspace-public-network-access-enabled

  identity {
    type = "SystemAssigned"
  }
}
