resource "azurerm_app_configuration" "protected" {
  name                       = "appcs-prod"
  resource_group_name        = "rg"
  location                   = "westeurope"
  sku                        = "standard"
  purge_protection_enabled   = true
  soft_delete_retention_days = 7
  local_auth_enabled         = false
}

resource "azurerm_app_configuration" "free" {
  name                = "appcs-dev"
  resource_group_name = "rg"
  location            = "westeurope"
}
