resource "azurerm_app_configuration" "entra" {
  name                       = "appconf-entra"
  resource_group_name        = "rg"
  location                   = "westeurope"
  sku                        = "standard"
  local_auth_enabled         = false
  public_network_access      = "Disabled"
  purge_protection_enabled   = true
  soft_delete_retention_days = 7
}
