resource "azurerm_container_registry" "acr" {
  name                = "acr"
  resource_group_name = "rg"
  location            = "westeurope"
  sku                 = "Standard"
  admin_enabled       = true # expect: azure-container-registry-admin-user-enabled
}
