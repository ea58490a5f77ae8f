resource "azurerm_container_registry" "acr" {
  name                   = "acr"
  resource_group_name    = "rg"
  location               = "westeurope"
  sku                    = "Standard"
  anonymous_pull_enabled = true # expect: azure-container-registry-anonymous-pull-enabled
}
