resource "azurerm_automation_account" "default" { # expect: azure-automation-account-public-network-access-enabled
  name                = "aa-default"
  location            = "westeurope"
  resource_group_name = "rg"
  sku_name            = "Basic"
}

resource "azurerm_automation_account" "explicit" {
  name                          = "aa-explicit"
  location                      = "westeurope"
  resource_group_name           = "rg"
  sku_name                      = "Basic"
  public_network_access_enabled = true # expect: azure-automation-account-public-network-access-enabled
}
