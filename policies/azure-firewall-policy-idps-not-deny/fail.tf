resource "azurerm_firewall_policy" "none" { # expect: azure-firewall-policy-idps-not-deny "no intrusion detection"
  name                     = "fwpol-none"
  resource_group_name      = "rg"
  location                 = "westeurope"
  sku                      = "Premium"
  threat_intelligence_mode = "Deny"
}

resource "azurerm_firewall_policy" "alert" {
  name                     = "fwpol-alert"
  resource_group_name      = "rg"
  location                 = "westeurope"
  sku                      = "Premium"
  threat_intelligence_mode = "Deny"

  intrusion_detection {
    mode = "Alert" # expect: azure-firewall-policy-idps-not-deny "`Alert`"
  }
}

# No `sku`, but an `intrusion_detection` block (Premium-only) that turns IDPS off.
resource "azurerm_firewall_policy" "off_no_sku" {
  name                = "fwpol-off-no-sku"
  resource_group_name = "rg"
  location            = "westeurope"

  intrusion_detection {
    mode = "Off" # expect: azure-firewall-policy-idps-not-deny "`Off`"
  }
}
