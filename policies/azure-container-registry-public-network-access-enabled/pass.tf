resource "azurerm_container_registry" "private" {
  name                          = "private"
  resource_group_name           = "rg"
  location                      = "westeurope"
  sku                           = "Premium"
  public_network_access_enabled = false
}

resource "azurerm_container_registry" "selected" {
  name                = "selected"
  resource_group_name = "rg"
  location            = "westeurope"
  sku                 = "Premium"

  network_rule_set {
    default_action = "Deny"

    ip_rule {
      action   = "Allow"
      ip_range = "203.0.113.0/24"
    }
  }
}

# Basic and Standard registries cannot restrict network access.
resource "azurerm_container_registry" "standard" {
  name                = "standard"
  resource_group_name = "rg"
  location            = "westeurope"
  sku                 = "Standard"
}
