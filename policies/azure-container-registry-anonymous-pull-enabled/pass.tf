resource "azurerm_container_registry" "default" {
  name                = "default"
  resource_group_name = "rg"
  location            = "westeurope"
  sku                 = "Standard"
}

resource "azurerm_container_registry" "off" {
  name                   = "off"
  resource_group_name    = "rg"
  location               = "westeurope"
  sku                    = "Premium"
  anonymous_pull_enabled = false
}

# Azure offers anonymous pull on Standard and Premium only: it rejects the
# setting on a Basic registry, which never allows anonymous pulls.
resource "azurerm_container_registry" "basic" {
  name                   = "acrbasic"
  resource_group_name    = "rg"
  location               = "westeurope"
  sku                    = "Basic"
  anonymous_pull_enabled = true
}

# No `sku`: azurerm v2's Classic registry, which has no anonymous pull.
resource "azurerm_container_registry" "classic" {
  name                   = "acrclassic"
  resource_group_name    = "rg"
  location               = "westeurope"
  anonymous_pull_enabled = true
}
