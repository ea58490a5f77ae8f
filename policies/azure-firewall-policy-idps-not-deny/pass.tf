resource "azurerm_firewall_policy" "premium" {
  name                     = "fwpol-premium"
  resource_group_name      = "rg"
  location                 = "westeurope"
  sku                      = "Premium"
  threat_intelligence_mode = "Deny"

  intrusion_detection {
    mode = "Deny"
    signature_overrides {
      id    = "2024897"
      state = "Alert"
    }
  }
}

# IDPS is a Premium feature.
resource "azurerm_firewall_policy" "standard" {
  name                     = "fwpol-standard"
  resource_group_name      = "rg"
  location                 = "westeurope"
  sku                      = "Standard"
  threat_intelligence_mode = "Deny"
}
