resource "azurerm_app_configuration" "standard" { # expect: azure-app-configuration-purge-protection-disabled
  name                = "appcs-standard"
  resource_group_name = "rg"
  location            = "westeurope"
  sku                 = "standard"
}

resource "azurerm_app_configuration" "premium" {
  name                     = "appcs-premium"
  resource_group_name      = "rg"
  location                 = "westeurope"
  sku                      = "premium"
  purge_protection_enabled = false # expect: azure-app-configuration-purge-protection-disabled
}
