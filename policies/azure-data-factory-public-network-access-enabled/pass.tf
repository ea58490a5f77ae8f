resource "azurerm_data_factory" "private" {
  name                            = "private"
  location                        = "westeurope"
  resource_group_name             = "rg"
  public_network_enabled          = false
  managed_virtual_network_enabled = true

  identity {
    type = "SystemAssigned"
  }
}
