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
