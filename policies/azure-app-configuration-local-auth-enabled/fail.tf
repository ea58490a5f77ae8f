resource "azurerm_app_configuration" "default" { # expect: azure-app-configuration-local-auth-enabled "`azurerm_app_configuration.default`"
  name                = "appconf-default"
  resource_group_name = "rg"
  location            = "westeurope"
}

resource "azurerm_app_configuration" "explicit" {
  name                = "appconf-explicit"
  resource_group_name = "rg"
  location            = "westeurope"
  sku                 = "standard"
  local_auth_enabled  = true # expect: azure-app-configuration-local-auth-enabled
}
