resource "azurerm_databricks_workspace" "default" { # expect: azure-databricks-workspace-public-network-access-enabled "`azurerm_databricks_workspace.default`"
  name                = "dbw-default"
  resource_group_name = "rg"
  location            = "westeurope"
  sku                 = "premium"
}

resource "azurerm_databricks_workspace" "explicit" {
  name                          = "dbw-explicit"
  resource_group_name           = "rg"
  location                      = "westeurope"
  sku                           = "premium"
  public_network_access_enabled = true # expect: azure-databricks-workspace-public-network-access-enabled
}
